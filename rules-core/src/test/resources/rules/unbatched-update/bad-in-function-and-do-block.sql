-- Updates inside a DO block and inside a function body are checked like top-level ones.
DO $$
BEGIN
  -- expect: unbatched-update
  UPDATE invoices SET currency = 'EUR' WHERE currency IS NULL;
END
$$;

CREATE OR REPLACE FUNCTION reset_quotas() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  -- expect: unbatched-update
  UPDATE accounts SET used_quota = 0;
END
$$;
