-- A validated CHECK constraint proving the bound lets the attach skip its scan.
-- execute-in-transaction: false
SET lock_timeout = '5s';
ALTER TABLE measurements_2025 ADD CONSTRAINT measurements_2025_bound
    CHECK (taken_at >= '2025-01-01' AND taken_at < '2026-01-01') NOT VALID;
ALTER TABLE measurements_2025 VALIDATE CONSTRAINT measurements_2025_bound;
ALTER TABLE measurements ATTACH PARTITION measurements_2025
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE measurements_2025 DROP CONSTRAINT measurements_2025_bound;
