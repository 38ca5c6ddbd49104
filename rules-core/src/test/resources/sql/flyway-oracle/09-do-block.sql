DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_class WHERE relname = 'x') THEN
    CREATE TABLE x (id int);
  END IF;
END
$$;
SELECT 2;
