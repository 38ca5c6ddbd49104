-- Cheap: the constraint only applies to new rows until it is validated.
ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;
