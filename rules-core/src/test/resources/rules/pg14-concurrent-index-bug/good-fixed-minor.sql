-- 14.4 and later have the fix.
-- pg: 14.4
-- execute-in-transaction: false
DROP INDEX CONCURRENTLY IF EXISTS orders_customer_id_idx;
CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);
