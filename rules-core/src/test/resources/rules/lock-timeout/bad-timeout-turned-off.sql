-- lock_timeout = 0 turns the timeout off again.
SET lock_timeout = '5s';
SET lock_timeout = 0;
-- expect: lock-timeout
ALTER TABLE orders DROP COLUMN legacy_flag;
