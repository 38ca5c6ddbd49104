-- The concurrent drop, in a migration that runs outside a transaction.
-- execute-in-transaction: false
DROP INDEX CONCURRENTLY IF EXISTS orders_status_idx;
