-- A backfill inside a DO block counts too.
ALTER TABLE orders ADD COLUMN region text;
DO $$
BEGIN
    UPDATE orders SET region = 'eu' WHERE region IS NULL;
END
$$;
ALTER TABLE orders ALTER COLUMN region SET NOT NULL;
