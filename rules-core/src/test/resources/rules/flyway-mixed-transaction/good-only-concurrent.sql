-- A migration with only non-transactional statements: Flyway runs it outside a transaction by itself.
DROP INDEX CONCURRENTLY IF EXISTS orders_status_idx;

CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_created_idx ON orders (status, created_at);
