-- On PostgreSQL 12 the fix is the validated CHECK recipe.
-- pg: 12
-- expect: set-not-null
ALTER TABLE billing.invoices ALTER COLUMN account_id SET NOT NULL;
