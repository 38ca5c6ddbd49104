-- DETACH PARTITION … CONCURRENTLY cannot run in a transaction, and Flyway does not know that by itself.
-- expect: concurrently-in-transaction
ALTER TABLE measurements DETACH PARTITION measurements_2023 CONCURRENTLY;
