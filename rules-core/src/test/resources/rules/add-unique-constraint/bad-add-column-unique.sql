-- A UNIQUE written on a column being added still builds its index over every row of the table,
-- under ACCESS EXCLUSIVE, though every value of the new column is NULL.
-- expect: add-unique-constraint
ALTER TABLE mfa_factors ADD COLUMN IF NOT EXISTS last_challenged_at timestamptz UNIQUE DEFAULT NULL;
