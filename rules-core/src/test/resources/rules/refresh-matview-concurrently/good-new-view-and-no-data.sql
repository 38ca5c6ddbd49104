-- A view created in the same migration has no readers yet; WITH NO DATA has no concurrent form.
CREATE MATERIALIZED VIEW top_customers AS
    SELECT customer_id, sum(total) AS revenue FROM orders GROUP BY customer_id
    WITH NO DATA;
REFRESH MATERIALIZED VIEW top_customers;
REFRESH MATERIALIZED VIEW daily_sales WITH NO DATA;
