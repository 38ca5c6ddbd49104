-- execute-in-transaction: false
-- Dropping a whole database from an application migration.
-- expect: drop-database-or-schema
DROP DATABASE IF EXISTS analytics_staging;
