-- IF EXISTS does not help: both drops lock their tables; CONCURRENTLY takes one index at a time and no CASCADE.
-- expect: require-concurrent-index-drop
DROP INDEX IF EXISTS billing.invoices_due_idx, billing.invoices_state_idx CASCADE;
