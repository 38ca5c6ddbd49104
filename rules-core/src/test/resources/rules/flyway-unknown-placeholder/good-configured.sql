-- The placeholder has a value in the Flyway configuration.
-- placeholders: audit_owner=app_owner
CREATE TABLE audit_log (id bigint PRIMARY KEY, entry jsonb NOT NULL);
ALTER TABLE audit_log OWNER TO ${audit_owner};
