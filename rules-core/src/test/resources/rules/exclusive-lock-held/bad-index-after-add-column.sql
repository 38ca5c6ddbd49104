-- Flyway runs this migration in one transaction: the index build runs while ADD COLUMN's lock is still held.
SET lock_timeout = '5s';

-- expect: exclusive-lock-held
ALTER TABLE orders ADD COLUMN status text;
CREATE INDEX orders_status_idx ON orders (status);
UPDATE orders SET status = 'new';
