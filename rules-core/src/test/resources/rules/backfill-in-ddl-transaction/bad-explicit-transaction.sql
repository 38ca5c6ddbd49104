-- execute-in-transaction: false
-- An explicit transaction: the index build's SHARE lock is held while rows are deleted and copied.
BEGIN;
CREATE INDEX events_created_at_idx ON app.events (created_at);
-- expect: backfill-in-ddl-transaction
DELETE FROM app.events WHERE created_at < now() - interval '1 year';
-- expect: backfill-in-ddl-transaction
INSERT INTO app.events (kind, created_at) SELECT kind, created_at FROM app.events_import;
COMMIT;
