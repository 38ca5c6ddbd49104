-- Tenant tables without row-level security, or with RLS enabled but no policy.
-- expect: tenant-table-without-rls
CREATE TABLE invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id bigint NOT NULL,
    total numeric(19, 4) NOT NULL
);

-- expect: tenant-table-without-rls
CREATE TABLE app.projects (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    "tenantId" uuid NOT NULL
);
ALTER TABLE app.projects ENABLE ROW LEVEL SECURITY;
