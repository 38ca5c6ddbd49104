-- Batched backfill, each batch committed: a migration of its own, outside Flyway's transaction.
DO $$
DECLARE
  batch_start bigint := (SELECT min(id) FROM customers);
  last_id bigint := (SELECT max(id) FROM customers);
BEGIN
  WHILE batch_start <= last_id LOOP
    UPDATE customers SET region = 'eu'
    WHERE id >= batch_start AND id < batch_start + 1000 AND region IS NULL;
    batch_start := batch_start + 1000;
    COMMIT;
  END LOOP;
END $$;
