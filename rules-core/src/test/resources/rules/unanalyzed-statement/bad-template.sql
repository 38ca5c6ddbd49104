-- A templated migration that was not rendered: a statement with template control syntax is reported, the rest is linted.
CREATE TABLE audit_log (id bigint PRIMARY KEY, payload jsonb);

-- expect: unanalyzed-statement
GRANT SELECT ON audit_log TO {% if production %}auditor{% else %}developer{% endif %};

CREATE INDEX audit_log_payload ON audit_log USING gin (payload);
