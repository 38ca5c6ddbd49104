-- CONCURRENTLY keeps reads and writes going; the migration runs outside a transaction.
-- execute-in-transaction: false
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_customer_id_idx ON orders (customer_id);
