-- Unnamed, schema-qualified, with ON DELETE: the fix keeps the clause and names the constraint.
-- expect: add-foreign-key
ALTER TABLE billing.invoices ADD FOREIGN KEY (account_id) REFERENCES billing.accounts ON DELETE CASCADE;
