-- Backfill in batches of 10000 ids, each committed on its own (runs outside the runner's transaction).
-- execute-in-transaction: false
DO $$
DECLARE
    lo bigint := 0;
    hi bigint;
BEGIN
    SELECT max(id) INTO hi FROM orders;
    WHILE lo <= hi LOOP
        UPDATE orders SET region = 'eu' WHERE id BETWEEN lo AND lo + 9999 AND region IS NULL;
        COMMIT;
        lo := lo + 10000;
    END LOOP;
END $$;
