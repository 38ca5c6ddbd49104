-- PostgreSQL 13 does not know DETACH PARTITION … CONCURRENTLY: the migration fails with a syntax error.
-- pg: 13
-- execute-in-transaction: false
SET lock_timeout = '5s';
-- expect: detach-partition-concurrently
ALTER TABLE measurements DETACH PARTITION measurements_2023 CONCURRENTLY;
