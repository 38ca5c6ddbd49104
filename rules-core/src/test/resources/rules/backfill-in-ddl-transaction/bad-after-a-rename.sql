-- The lock follows the table through its rename: it is still held while the renamed table is filled.
ALTER TABLE orders ADD COLUMN channel text;
ALTER TABLE orders RENAME TO purchases;

-- expect: backfill-in-ddl-transaction
UPDATE purchases SET channel = 'web' WHERE channel IS NULL;
