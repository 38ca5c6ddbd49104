-- integer to bigint changes the stored width: the table and its indexes are rewritten.
-- expect: change-column-type
ALTER TABLE orders ALTER COLUMN id TYPE bigint;
