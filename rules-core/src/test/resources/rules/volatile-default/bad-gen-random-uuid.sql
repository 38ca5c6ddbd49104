-- gen_random_uuid() differs per row, so every existing row is rewritten under ACCESS EXCLUSIVE.
-- expect: volatile-default
ALTER TABLE users ADD COLUMN api_key uuid DEFAULT gen_random_uuid();
