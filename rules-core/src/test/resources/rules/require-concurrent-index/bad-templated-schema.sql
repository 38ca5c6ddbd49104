-- A golang-migrate file kept as a Go template: the schema is a template value, and the index build on the
-- existing table is still found.
-- expect: require-concurrent-index
CREATE INDEX IF NOT EXISTS identities_user_id_idx ON "{{ index .Options "Namespace" }}".identities USING btree (user_id);
