-- Unsafe on a live table, but already applied: not part of the next deploy.
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
