-- COMMIT AND CHAIN opens the next transaction at once: the concurrent build after it is still inside one.
-- execute-in-transaction: false
BEGIN;
ALTER TABLE orders ADD COLUMN status text;
COMMIT AND CHAIN;
-- expect: concurrently-in-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);
COMMIT;
