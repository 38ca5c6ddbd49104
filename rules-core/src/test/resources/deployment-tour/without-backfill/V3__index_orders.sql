-- orders was created earlier in this deployment: it has no rows yet, a plain index is fine.
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
