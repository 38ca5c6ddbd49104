-- execute-in-transaction: false
-- A procedure that batches without committing, called from a migration outside a transaction: still one transaction.
CREATE OR REPLACE PROCEDURE purge_sessions()
LANGUAGE plpgsql AS $$
DECLARE
  n integer;
BEGIN
  LOOP
    DELETE FROM sessions WHERE id IN (SELECT id FROM sessions WHERE expires_at < now() LIMIT 5000);
    GET DIAGNOSTICS n = ROW_COUNT;
    EXIT WHEN n = 0;
  END LOOP;
END
$$;

-- expect: batch-loop-in-transaction
CALL purge_sessions();
