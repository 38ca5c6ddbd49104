-- A plain REINDEX blocks writes to the table and, through the index lock, queries that plan on it.
SET lock_timeout = '5s';

-- expect: require-concurrent-reindex
REINDEX INDEX orders_customer_id_idx;
