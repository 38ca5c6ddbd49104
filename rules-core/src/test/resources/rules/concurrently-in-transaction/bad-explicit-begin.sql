-- The runner leaves the script alone, but the script opens a transaction around a concurrent build.
-- execute-in-transaction: false
BEGIN;
-- expect: concurrently-in-transaction
CREATE INDEX CONCURRENTLY orders_created_at_idx ON orders (created_at);
COMMIT;
