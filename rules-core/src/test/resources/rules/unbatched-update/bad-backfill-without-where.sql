-- A backfill of a new column that rewrites every row of an existing table in one transaction.
ALTER TABLE users ADD COLUMN email_verified boolean;

-- expect: unbatched-update
UPDATE users SET email_verified = false;
