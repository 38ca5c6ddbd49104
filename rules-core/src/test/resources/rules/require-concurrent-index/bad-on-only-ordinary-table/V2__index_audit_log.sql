-- ONLY matters on a partitioned table alone: on an ordinary table the index is built as usual,
-- under a SHARE lock that blocks writes for the whole build.
-- expect: require-concurrent-index
CREATE INDEX audit_log_actor_id_idx ON ONLY public.audit_log (actor_id);
