-- Schema-qualified names on PostgreSQL 18: the same ACCESS EXCLUSIVE on parent and partition.
SET lock_timeout = '5s';

-- expect: detach-partition-concurrently
ALTER TABLE metrics.samples DETACH PARTITION metrics.samples_2022;
