CREATE TABLE events (id bigint PRIMARY KEY, tenant_id bigint NOT NULL, payload jsonb);
CREATE TABLE audit (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, line text);
