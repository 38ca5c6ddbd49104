-- A templated migration that was not rendered: the template line is reported, the rest is linted.
CREATE TABLE audit_log (id bigint PRIMARY KEY, payload jsonb);

-- expect: unanalyzed-statement
GRANT SELECT ON audit_log TO {{ index .Options "Role" }};

CREATE INDEX audit_log_payload ON audit_log USING gin (payload);
