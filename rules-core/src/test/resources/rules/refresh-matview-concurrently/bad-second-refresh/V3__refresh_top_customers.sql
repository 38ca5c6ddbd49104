-- Populated by V2, so read by now: a plain refresh blocks those reads.
-- expect: refresh-matview-concurrently
REFRESH MATERIALIZED VIEW top_customers;
