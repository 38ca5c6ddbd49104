-- A USING expression is computed for every row: always a rewrite.
-- expect: change-column-type
ALTER TABLE billing.invoices ALTER COLUMN amount SET DATA TYPE numeric(12, 2) USING amount::numeric(12, 2);
