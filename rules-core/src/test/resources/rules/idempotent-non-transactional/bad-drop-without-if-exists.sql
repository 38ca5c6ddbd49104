-- A drop without IF EXISTS fails when the migration is retried after the index is gone.
-- execute-in-transaction: false
-- expect: idempotent-non-transactional
DROP INDEX CONCURRENTLY orders_status_idx;
