-- SET DEFAULT only applies to rows inserted later: existing rows stay NULL.
ALTER TABLE orders ADD COLUMN region text;
ALTER TABLE orders ALTER COLUMN region SET DEFAULT 'eu';
-- expect: not-null-without-backfill
ALTER TABLE orders ALTER COLUMN region SET NOT NULL;
