-- Statements in a DO block are checked like top-level ones.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'events' AND column_name = 'context') THEN
    -- expect: prefer-jsonb
    ALTER TABLE events ADD COLUMN context json;
  END IF;
END
$$;
