-- A migration of its own for a concurrent build, but Flyway still holds its lock in a transaction: the deploy hangs.
-- expect: flyway-transactional-lock
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_customer_id_idx ON orders (customer_id);
