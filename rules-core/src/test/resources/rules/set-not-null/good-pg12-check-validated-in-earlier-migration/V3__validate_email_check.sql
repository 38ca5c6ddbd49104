-- Validation scans under SHARE UPDATE EXCLUSIVE: reads and writes go on.
ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;
