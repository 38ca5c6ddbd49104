-- A scratch schema the migration created for itself holds nothing of the application's.
CREATE SCHEMA import_tmp;
CREATE TABLE import_tmp.rows (id bigint PRIMARY KEY, payload jsonb);

DROP SCHEMA import_tmp CASCADE;
