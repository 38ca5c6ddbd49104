-- Flyway refuses a migration that mixes a transactional ALTER TABLE with CREATE INDEX CONCURRENTLY.
ALTER TABLE orders ADD COLUMN shipped_at timestamptz;

-- expect: flyway-mixed-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_shipped_at_idx ON orders (shipped_at);
