-- Rule ids never hold "--", so the reason starts there even without spaces around it.
--migration-guard:ignore prefer-jsonb--the reporting tool reads it as text
ALTER TABLE orders ADD COLUMN notes json;
