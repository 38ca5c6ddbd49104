-- PostgreSQL 17 has no NOT NULL table constraints: ADD CONSTRAINT … NOT NULL fails with a syntax error there.
-- pg: 17
SET lock_timeout = '5s';
-- expect: set-not-null
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_not_null NOT NULL customer_id NOT VALID;
