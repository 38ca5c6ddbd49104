-- Fails on the first existing order: region is still NULL there.
-- expect: not-null-without-backfill
ALTER TABLE orders ALTER COLUMN region SET NOT NULL;
