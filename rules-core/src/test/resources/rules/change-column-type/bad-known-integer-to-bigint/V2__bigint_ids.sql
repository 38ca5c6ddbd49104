-- Rewrites the table and its primary key index under ACCESS EXCLUSIVE.
-- expect: change-column-type
ALTER TABLE events ALTER COLUMN id TYPE bigint;
