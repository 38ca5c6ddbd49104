-- A DO block is one transaction even in autocommit: the constraint check runs under the TRUNCATE's lock.
-- execute-in-transaction: false
DO $$
BEGIN
    -- expect: exclusive-lock-held
    TRUNCATE session_cache;
    ALTER TABLE payments ADD CONSTRAINT payments_amount_positive CHECK (amount > 0);
END
$$;
