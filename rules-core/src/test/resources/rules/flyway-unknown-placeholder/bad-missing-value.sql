-- The owner role comes from a placeholder the configuration never sets: Flyway fails at deploy.
CREATE TABLE audit_log (id bigint PRIMARY KEY, entry jsonb NOT NULL);

-- expect: flyway-unknown-placeholder
ALTER TABLE audit_log OWNER TO ${audit_owner};
