-- CONCURRENTLY keeps writes going; Flyway runs this migration outside a transaction.
DROP INDEX CONCURRENTLY IF EXISTS orders_customer_idx;
CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);
