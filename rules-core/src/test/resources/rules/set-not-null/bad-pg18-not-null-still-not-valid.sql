-- PostgreSQL 18: SET NOT NULL while the NOT NULL constraint is still NOT VALID scans the table anyway.
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_not_null NOT NULL customer_id NOT VALID;
-- expect: set-not-null
ALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL;
