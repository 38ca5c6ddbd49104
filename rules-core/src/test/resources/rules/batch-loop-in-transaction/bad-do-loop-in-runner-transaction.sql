-- A DO block that deletes in batches and sleeps, but runs in Flyway's transaction and never commits.
-- expect: batch-loop-in-transaction
DO $$
DECLARE
  deleted integer;
BEGIN
  LOOP
    DELETE FROM events WHERE id IN (SELECT id FROM events WHERE created_at < now() - interval '90 days' LIMIT 1000);
    GET DIAGNOSTICS deleted = ROW_COUNT;
    EXIT WHEN deleted = 0;
    PERFORM pg_sleep(0.5);
  END LOOP;
END
$$;
