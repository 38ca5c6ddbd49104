-- Blocks every write to orders while the index builds.
CREATE INDEX orders_customer_idx ON orders (customer_id);
