-- audit_log is not partitioned, so ON ONLY builds the whole index, while ADD COLUMN's lock is still held.
-- expect: exclusive-lock-held
ALTER TABLE audit_log ADD COLUMN actor_kind text;
CREATE INDEX audit_log_actor_idx ON ONLY audit_log (actor_kind, actor_id);
