-- Every existing row would hold NULL in a NOT NULL column: the migration fails on a table with rows.
-- expect: add-not-null-column-without-default
ALTER TABLE orders ADD COLUMN region text NOT NULL;
