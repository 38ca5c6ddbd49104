-- The unique index is built under ACCESS EXCLUSIVE.
-- expect: add-unique-constraint
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);
