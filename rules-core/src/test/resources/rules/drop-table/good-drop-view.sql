-- Views and sequences hold no rows of their own: DROP VIEW is not a table drop.
DROP VIEW IF EXISTS active_customers;

DROP MATERIALIZED VIEW IF EXISTS daily_sales;
