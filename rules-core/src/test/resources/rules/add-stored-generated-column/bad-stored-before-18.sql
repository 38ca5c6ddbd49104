-- Before PostgreSQL 18 a generated column is always stored: the table is rewritten under ACCESS EXCLUSIVE.
-- pg: 16
SET lock_timeout = '5s';

-- expect: add-stored-generated-column
ALTER TABLE "Customers" ADD COLUMN full_name text GENERATED ALWAYS AS (first_name || ' ' || last_name) STORED;
