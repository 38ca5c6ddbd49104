-- Dropping a schema with everything in it, and a database.
-- expect: drop-database-or-schema
DROP SCHEMA IF EXISTS reporting CASCADE;

-- expect: drop-database-or-schema
DROP SCHEMA "Legacy";
