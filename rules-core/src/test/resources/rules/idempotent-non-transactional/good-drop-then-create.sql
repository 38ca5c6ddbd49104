-- Safe to retry: a leftover invalid index is dropped before the build.
-- execute-in-transaction: false
DROP INDEX CONCURRENTLY IF EXISTS billing.invoices_due_at_idx;
CREATE INDEX CONCURRENTLY invoices_due_at_idx ON billing.invoices (due_at);
