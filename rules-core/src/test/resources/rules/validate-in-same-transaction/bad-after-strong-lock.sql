-- An explicit transaction that already holds ACCESS EXCLUSIVE on the table from an earlier ALTER.
-- execute-in-transaction: false
BEGIN;
SET LOCAL lock_timeout = '5s';
ALTER TABLE billing.invoices ALTER COLUMN due_at SET DEFAULT now() + interval '30 days';
-- expect: validate-in-same-transaction
ALTER TABLE billing.invoices VALIDATE CONSTRAINT invoices_total_positive;
COMMIT;
