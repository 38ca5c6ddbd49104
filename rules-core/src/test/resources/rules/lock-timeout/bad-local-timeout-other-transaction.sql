-- SET LOCAL only covers its own transaction; the second one has no timeout.
-- execute-in-transaction: false
BEGIN;
SET LOCAL lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN note text;
COMMIT;
BEGIN;
-- expect: lock-timeout
ALTER TABLE customers ADD COLUMN note text;
COMMIT;
