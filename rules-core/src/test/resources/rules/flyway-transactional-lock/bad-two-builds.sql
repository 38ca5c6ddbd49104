-- Two concurrent builds in one non-transactional migration: each one hangs on Flyway's lock transaction.
-- execute-in-transaction: false
-- expect: flyway-transactional-lock
CREATE INDEX CONCURRENTLY IF NOT EXISTS payments_order_id_idx ON payments (order_id);

-- expect: flyway-transactional-lock
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS payments_reference_key ON payments (reference);
