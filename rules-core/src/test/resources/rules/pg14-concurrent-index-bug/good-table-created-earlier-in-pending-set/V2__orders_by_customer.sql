-- The table is new in this deployment: no row changes while the index is built, so the bug cannot strike.
-- execute-in-transaction: false
CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);
