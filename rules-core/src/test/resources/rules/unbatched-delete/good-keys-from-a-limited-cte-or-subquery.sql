-- execute-in-transaction: false
-- One batch per statement: keys picked by a limited CTE or derived table, or a DO block's variables.
WITH batch AS (SELECT id FROM audit_log WHERE created_at < '2020-01-01' LIMIT 1000)
DELETE FROM audit_log a USING batch WHERE a.id = batch.id;

DELETE FROM audit_log a
USING (SELECT id FROM audit_log WHERE created_at < '2020-01-01' LIMIT 1000) AS old
WHERE old.id = a.id;

DO $$
DECLARE
  cutoff_id bigint := 50000;
BEGIN
  WHILE cutoff_id > 0 LOOP
    DELETE FROM audit_log WHERE id > cutoff_id - 1000 AND id <= cutoff_id;
    cutoff_id := cutoff_id - 1000;
    COMMIT;
  END LOOP;
END $$;
