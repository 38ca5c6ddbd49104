-- Every existing order gets NULL in region.
ALTER TABLE orders ADD COLUMN region text;
