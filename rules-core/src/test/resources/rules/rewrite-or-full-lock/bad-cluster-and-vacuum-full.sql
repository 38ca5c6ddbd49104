-- CLUSTER and VACUUM FULL copy the whole table under ACCESS EXCLUSIVE: every read and write waits.
-- execute-in-transaction: false
-- expect: rewrite-or-full-lock
CLUSTER orders USING orders_created_at_idx;

-- expect: rewrite-or-full-lock
VACUUM FULL audit_log;
