-- The recipe: add the column bare, then set the volatile default for new rows only (no rewrite).
ALTER TABLE users ADD COLUMN api_key uuid;
ALTER TABLE users ALTER COLUMN api_key SET DEFAULT gen_random_uuid();
