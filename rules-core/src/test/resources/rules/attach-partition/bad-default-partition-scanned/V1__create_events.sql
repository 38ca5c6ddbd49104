-- since: 1
-- A partitioned table with a DEFAULT partition, created in an earlier deployment.
CREATE TABLE events (
    id          bigint NOT NULL,
    occurred_at date NOT NULL
) PARTITION BY RANGE (occurred_at);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE events_other PARTITION OF events DEFAULT;
