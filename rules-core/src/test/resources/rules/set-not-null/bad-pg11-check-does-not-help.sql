-- Before PostgreSQL 12, SET NOT NULL ignores CHECK constraints and scans anyway.
-- pg: 11
-- execute-in-transaction: false
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_not_null CHECK (customer_id IS NOT NULL) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_not_null;
-- expect: set-not-null
ALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL;
