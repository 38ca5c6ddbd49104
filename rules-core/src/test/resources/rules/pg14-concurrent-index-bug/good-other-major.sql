-- Only 14.0–14.3 are affected: 13.2 builds indexes concurrently without that bug.
-- pg: 13.2
-- execute-in-transaction: false
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_customer_id_idx ON orders (customer_id);
