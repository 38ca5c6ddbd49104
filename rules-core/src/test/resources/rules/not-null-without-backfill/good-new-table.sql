-- A table created in the same migration has no rows.
CREATE TABLE regions (
    code text PRIMARY KEY
);
ALTER TABLE regions ADD COLUMN name text;
ALTER TABLE regions ALTER COLUMN name SET NOT NULL;
