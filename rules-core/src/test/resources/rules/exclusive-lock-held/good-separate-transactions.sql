-- Outside a transaction each statement commits by itself, so the lock of ADD COLUMN is released at once.
-- execute-in-transaction: false
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN status text;
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);
