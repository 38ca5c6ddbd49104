-- Attaching a table that holds rows scans it under ACCESS EXCLUSIVE to prove the partition bound.
SET lock_timeout = '5s';

-- expect: attach-partition
ALTER TABLE measurements ATTACH PARTITION measurements_2025
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
