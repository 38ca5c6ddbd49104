-- The loop commits, but the DO block runs inside the runner's transaction: the COMMIT fails at deploy.
-- expect: batch-loop-in-transaction
DO $$
DECLARE
  batch_start bigint := 1;
BEGIN
  WHILE batch_start < 1000000 LOOP
    UPDATE orders SET status = 'archived' WHERE id >= batch_start AND id < batch_start + 1000;
    batch_start := batch_start + 1000;
    COMMIT;
  END LOOP;
END
$$;
