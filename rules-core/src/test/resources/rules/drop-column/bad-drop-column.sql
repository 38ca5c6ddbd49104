-- Dropping a column loses its data and breaks application code still reading it.
-- expect: drop-column
ALTER TABLE users DROP COLUMN phone;
