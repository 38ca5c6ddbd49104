-- Created WITH NO DATA in an earlier deployment: reading it fails until it is populated.
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, total numeric NOT NULL);
CREATE MATERIALIZED VIEW top_customers AS
    SELECT customer_id, sum(total) AS revenue FROM orders GROUP BY customer_id
    WITH NO DATA;
