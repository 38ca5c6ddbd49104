-- NOT VALID checks only new values: a brief lock, no scan of existing rows.
ALTER DOMAIN email ADD CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%') NOT VALID;
ALTER DOMAIN email DROP NOT NULL;
