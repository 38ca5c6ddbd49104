-- A NOT VALID check proves nothing: every row is scanned under ACCESS EXCLUSIVE.
-- expect: set-not-null
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
