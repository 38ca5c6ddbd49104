-- A plain CREATE INDEX on a table this deployment created: no rows, nothing to block.
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
