-- execute-in-transaction: false
-- Outside any transaction a loop that commits really batches; a procedure that commits may be CALLed.
DO $$
DECLARE
  deleted integer;
BEGIN
  LOOP
    DELETE FROM events WHERE id IN (SELECT id FROM events WHERE created_at < now() - interval '90 days' LIMIT 1000);
    GET DIAGNOSTICS deleted = ROW_COUNT;
    EXIT WHEN deleted = 0;
    COMMIT;
    PERFORM pg_sleep(0.5);
  END LOOP;
END
$$;

CREATE OR REPLACE PROCEDURE purge_sessions()
LANGUAGE plpgsql AS $$
DECLARE
  n integer;
BEGIN
  LOOP
    DELETE FROM sessions WHERE id IN (SELECT id FROM sessions WHERE expires_at < now() LIMIT 5000);
    GET DIAGNOSTICS n = ROW_COUNT;
    EXIT WHEN n = 0;
    COMMIT;
  END LOOP;
END
$$;

CALL purge_sessions();
