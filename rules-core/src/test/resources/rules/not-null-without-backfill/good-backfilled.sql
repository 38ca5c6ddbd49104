-- The column is backfilled between the ADD and the NOT NULL.
ALTER TABLE orders ADD COLUMN region text;
UPDATE orders SET region = 'eu' WHERE region IS NULL;
ALTER TABLE orders ALTER COLUMN region SET NOT NULL;
