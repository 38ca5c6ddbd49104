-- From PostgreSQL 14, a plain DETACH PARTITION needlessly blocks every partition of the table.
-- pg: 14
SET lock_timeout = '5s';

-- expect: detach-partition-concurrently
ALTER TABLE measurements DETACH PARTITION measurements_2023;
