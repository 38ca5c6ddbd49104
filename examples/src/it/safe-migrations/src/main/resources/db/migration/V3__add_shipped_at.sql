SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN shipped_at timestamptz;
