-- An explicit LOCK TABLE (ACCESS EXCLUSIVE when no mode is written) is held until the transaction ends.
-- expect: rewrite-or-full-lock
LOCK TABLE accounts;

-- expect: rewrite-or-full-lock
LOCK TABLE ledger.entries IN SHARE ROW EXCLUSIVE MODE;

UPDATE accounts SET balance = 0 WHERE id = 42;
