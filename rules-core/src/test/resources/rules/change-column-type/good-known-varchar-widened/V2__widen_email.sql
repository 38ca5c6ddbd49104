-- Binary-coercible: only a brief ACCESS EXCLUSIVE lock, no rewrite.
ALTER TABLE users ALTER COLUMN email TYPE varchar(200);
