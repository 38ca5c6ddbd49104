-- schema_name has a value, but the grantee does not.
-- placeholders: schema_name=billing
CREATE TABLE ${schema_name}.invoices (id bigint PRIMARY KEY, total numeric(12, 2) NOT NULL);

-- expect: flyway-unknown-placeholder
GRANT SELECT ON ${schema_name}.invoices TO ${reporting_role};
