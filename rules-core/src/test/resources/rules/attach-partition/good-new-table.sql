-- A table created in the same migration is empty: attaching it scans nothing.
CREATE TABLE measurements_2026 (LIKE measurements INCLUDING DEFAULTS);
ALTER TABLE measurements ATTACH PARTITION measurements_2026
    FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
