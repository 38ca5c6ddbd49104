-- A plain refresh blocks every read of the view until its query finishes.
-- expect: refresh-matview-concurrently
REFRESH MATERIALIZED VIEW daily_sales;
