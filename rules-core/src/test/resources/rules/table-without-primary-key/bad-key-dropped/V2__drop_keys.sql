-- The primary keys go and nothing replaces them.
-- expect: table-without-primary-key
ALTER TABLE events DROP CONSTRAINT events_pkey;
-- expect: table-without-primary-key
ALTER TABLE audit DROP COLUMN id;
