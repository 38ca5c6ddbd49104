-- The table attached is new and empty, but the DEFAULT partition holds rows: PostgreSQL scans it under
-- ACCESS EXCLUSIVE to prove none of them belong to the new partition.
CREATE TABLE events_2026 (LIKE events INCLUDING ALL);
-- expect: attach-partition
ALTER TABLE events ATTACH PARTITION events_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
