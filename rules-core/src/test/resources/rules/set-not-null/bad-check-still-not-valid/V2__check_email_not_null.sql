-- Pending like the rest, but the VALIDATE step is missing.
ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;
