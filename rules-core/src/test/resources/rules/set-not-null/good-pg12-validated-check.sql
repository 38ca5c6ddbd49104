-- PostgreSQL 12–17 recipe: a validated CHECK (col IS NOT NULL) lets SET NOT NULL skip the scan.
-- Each statement commits on its own, so the validation runs under SHARE UPDATE EXCLUSIVE only.
-- pg: 12
-- execute-in-transaction: false
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_not_null CHECK (customer_id IS NOT NULL) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_not_null;
ALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL;
ALTER TABLE orders DROP CONSTRAINT orders_customer_id_not_null;
