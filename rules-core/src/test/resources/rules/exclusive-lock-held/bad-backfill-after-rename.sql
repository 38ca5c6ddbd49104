-- An explicit transaction: the unbounded backfill of "invoices" runs while "customers" is locked by the rename.
-- execute-in-transaction: false
BEGIN;
SET LOCAL lock_timeout = '5s';
-- expect: exclusive-lock-held
ALTER TABLE customers RENAME COLUMN mail TO email;
UPDATE invoices SET currency = 'EUR' WHERE currency IS NULL;
COMMIT;
