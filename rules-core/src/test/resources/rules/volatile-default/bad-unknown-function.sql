-- A user function Migration Guard does not know may be volatile: flagged until someone checks it.
-- expect: volatile-default
ALTER TABLE billing.invoices ADD COLUMN reference text NOT NULL DEFAULT billing.next_reference();
