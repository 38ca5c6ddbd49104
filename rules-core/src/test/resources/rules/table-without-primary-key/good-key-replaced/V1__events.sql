CREATE TABLE events (id bigint PRIMARY KEY, tenant_id bigint NOT NULL, payload jsonb);
