-- Quoted, schema-qualified names and IF NOT EXISTS change nothing.
-- expect: add-not-null-column-without-default
ALTER TABLE "Sales"."Orders" ADD COLUMN IF NOT EXISTS "TenantId" bigint NOT NULL;
