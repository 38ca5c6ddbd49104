-- No lock_timeout before the first strong lock: reported once for the migration, on that statement.
-- expect: lock-timeout
ALTER TABLE orders ADD COLUMN note text;
ALTER TABLE orders ADD COLUMN gift boolean NOT NULL DEFAULT false;
