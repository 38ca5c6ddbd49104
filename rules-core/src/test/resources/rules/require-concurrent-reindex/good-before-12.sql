-- PostgreSQL 11 has no REINDEX CONCURRENTLY: nothing better to suggest for this statement.
-- pg: 11
SET lock_timeout = '5s';
REINDEX INDEX orders_customer_id_idx;
