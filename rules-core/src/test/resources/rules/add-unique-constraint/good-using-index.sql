-- The index was built concurrently in an earlier migration: attaching it takes a brief lock only.
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;
