-- RLS plus a policy, added later in the migrations; tables without a tenant column are not concerned.
CREATE TABLE invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id bigint NOT NULL
);
ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoices_tenant_isolation ON invoices
    USING (tenant_id = current_setting('app.tenant_id')::bigint);

CREATE TABLE currencies (
    code text PRIMARY KEY
);
