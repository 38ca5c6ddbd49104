-- An index on a table created by an earlier migration: it holds rows by now.
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
