-- PostgreSQL 18 recipe: NOT NULL … NOT VALID, validated later; no SET NOT NULL needed.
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_not_null NOT NULL customer_id NOT VALID;
