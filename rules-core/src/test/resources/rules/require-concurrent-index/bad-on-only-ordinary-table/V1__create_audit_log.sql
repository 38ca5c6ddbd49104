-- since: 1
-- audit_log is an ordinary table (no PARTITION BY), created in an earlier deployment.
CREATE TABLE audit_log (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor_id  bigint NOT NULL,
    logged_at timestamptz NOT NULL DEFAULT now()
);
