-- A validated CHECK (col IS NOT NULL) fails the same way.
ALTER TABLE orders ADD COLUMN region text;
-- expect: not-null-without-backfill
ALTER TABLE orders ADD CONSTRAINT orders_region_not_null CHECK (region IS NOT NULL);
