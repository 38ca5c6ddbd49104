-- The next deploy: a full-table scan under ACCESS EXCLUSIVE.
ALTER TABLE orders ALTER COLUMN status SET NOT NULL;
