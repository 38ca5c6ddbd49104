-- The runner is configured to set lock_timeout for every migration.
-- runner-sets-lock-timeout: true
ALTER TABLE orders ADD COLUMN note text;
