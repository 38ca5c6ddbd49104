-- PostgreSQL 14.2 can build a corrupt index concurrently (fixed in 14.4).
-- pg: 14.2
-- execute-in-transaction: false
-- expect: pg14-concurrent-index-bug
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_customer_id_idx ON orders (customer_id);
