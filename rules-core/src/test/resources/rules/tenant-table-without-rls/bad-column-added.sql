-- An existing table becomes multi-tenant when it gets the tenant column.
-- expect: tenant-table-without-rls
ALTER TABLE documents ADD COLUMN tenant_id bigint;
