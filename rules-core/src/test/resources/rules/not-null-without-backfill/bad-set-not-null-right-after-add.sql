-- The new column is NULL in every existing row: SET NOT NULL fails on the first one.
ALTER TABLE orders ADD COLUMN region text;
-- expect: not-null-without-backfill
ALTER TABLE orders ALTER COLUMN region SET NOT NULL;
