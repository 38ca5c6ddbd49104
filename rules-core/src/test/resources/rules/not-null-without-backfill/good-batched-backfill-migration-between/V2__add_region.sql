-- Every existing order gets NULL in region, for now.
ALTER TABLE orders ADD COLUMN region text;
