-- PostgreSQL 11 does not know REINDEX … CONCURRENTLY: the migration fails with a syntax error.
-- pg: 11
-- execute-in-transaction: false
SET lock_timeout = '5s';
-- expect: require-concurrent-reindex
REINDEX INDEX CONCURRENTLY orders_customer_id_idx;
