-- The index is built concurrently, so the suppression above it silences nothing.
-- expect: unused-suppression
-- migration-guard:ignore require-concurrent-index -- big table, built off-peak
CREATE INDEX CONCURRENTLY orders_created_at_idx ON orders (created_at);
