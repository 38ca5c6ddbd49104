-- USING INDEX skips the build, but the key column is nullable: PostgreSQL scans to set NOT NULL.
-- execute-in-transaction: false
ALTER TABLE legacy_events ADD COLUMN event_uid uuid;
CREATE UNIQUE INDEX CONCURRENTLY legacy_events_event_uid_idx ON legacy_events (event_uid);
-- expect: add-unique-constraint
ALTER TABLE legacy_events ADD CONSTRAINT legacy_events_pkey PRIMARY KEY USING INDEX legacy_events_event_uid_idx;
