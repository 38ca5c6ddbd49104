-- A DELETE inside a DO block runs in the migration's transaction like a top-level one.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM information_schema.tables WHERE table_name = 'password_resets') THEN
    -- expect: unbatched-delete
    DELETE FROM password_resets WHERE used_at IS NOT NULL;
  END IF;
END
$$;
