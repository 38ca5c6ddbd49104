-- With postgresql.transactional.lock=false Flyway takes a session lock and the concurrent build can finish.
-- flyway-transactional-lock: false
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_customer_id_idx ON orders (customer_id);
