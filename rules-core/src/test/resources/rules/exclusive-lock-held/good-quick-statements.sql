-- Only quick statements after the lock: a NOT VALID constraint, a default, a batch bounded by key.
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN status text;
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';
ALTER TABLE orders ADD CONSTRAINT orders_status_known CHECK (status IN ('new', 'paid')) NOT VALID;
UPDATE orders SET status = 'new' WHERE id BETWEEN 1 AND 1000;
