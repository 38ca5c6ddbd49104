-- The migration sets lock_timeout before its first strong lock.
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN note text;
