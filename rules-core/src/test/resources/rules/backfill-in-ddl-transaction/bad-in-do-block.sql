-- The data change inside a DO block runs in the transaction that took the lock.
LOCK TABLE customers IN SHARE ROW EXCLUSIVE MODE;

DO $$
BEGIN
  -- expect: backfill-in-ddl-transaction
  UPDATE customers SET tier = 'basic' WHERE tier IS NULL;
END
$$;
