-- CONCURRENTLY takes EXCLUSIVE: reads of the view go on; it needs a unique index on the view.
CREATE UNIQUE INDEX IF NOT EXISTS daily_sales_day_idx ON daily_sales (day);
REFRESH MATERIALIZED VIEW CONCURRENTLY daily_sales;
