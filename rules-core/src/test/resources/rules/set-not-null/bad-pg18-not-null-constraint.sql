-- PostgreSQL 18: a NOT NULL constraint added without NOT VALID scans like SET NOT NULL.
-- expect: set-not-null
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_not_null NOT NULL customer_id;
