-- A nullable column is the first step of the backfill recipe.
ALTER TABLE orders ADD COLUMN region text;
