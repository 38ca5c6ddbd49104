-- SET NOT NULL scans every row under ACCESS EXCLUSIVE.
SET lock_timeout = '5s';
-- expect: set-not-null
ALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL;
