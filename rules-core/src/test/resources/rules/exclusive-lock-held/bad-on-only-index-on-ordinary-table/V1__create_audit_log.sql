-- since: 1
CREATE TABLE audit_log (id bigint PRIMARY KEY, actor_id bigint NOT NULL);
