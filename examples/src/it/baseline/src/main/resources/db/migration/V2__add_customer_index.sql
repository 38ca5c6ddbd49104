-- Reviewed in the baseline: the table was small when this shipped.
-- Orders are looked up by customer on every page view.
CREATE INDEX orders_customer_idx ON orders (customer_id);
