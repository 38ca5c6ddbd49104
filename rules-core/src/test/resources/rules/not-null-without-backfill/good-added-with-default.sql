-- Added with a default, the column is filled in every existing row.
ALTER TABLE orders ADD COLUMN region text DEFAULT 'eu';
ALTER TABLE orders ALTER COLUMN region SET NOT NULL;
