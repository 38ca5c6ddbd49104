-- Renaming a column breaks every running instance that still uses the old name.
-- expect: rename-column
ALTER TABLE users RENAME COLUMN email TO email_address;
