-- A weak explicit lock, plain VACUUM and storage parameters rewrite nothing and leave writes going.
-- execute-in-transaction: false
BEGIN;
LOCK TABLE accounts IN ROW EXCLUSIVE MODE;
COMMIT;
VACUUM (ANALYZE) audit_log;
ALTER TABLE events SET (fillfactor = 80);
