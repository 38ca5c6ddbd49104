-- Only this migration is pending: the index build blocks writes to a live table.
-- expect: require-concurrent-index
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
