CREATE TABLE ${schema_name}.invoices (id bigint PRIMARY KEY, number text NOT NULL);
ALTER TABLE ${schema_name}.invoices OWNER TO ${owner_role};
