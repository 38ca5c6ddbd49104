-- A plain CREATE INDEX on a table that already holds rows blocks its writes for the whole build.
SET lock_timeout = '5s';

-- expect: require-concurrent-index
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
