-- The validated check proves there is no NULL: no scan under ACCESS EXCLUSIVE.
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
ALTER TABLE users DROP CONSTRAINT users_email_not_null;
