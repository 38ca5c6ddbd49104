-- Fails on the first existing row, and breaks inserts from the running application.
ALTER TABLE orders ADD COLUMN region text NOT NULL;
