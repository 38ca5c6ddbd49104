-- IF EXISTS, quoted and schema-qualified names, CASCADE and several actions in one statement.
-- expect: drop-column
ALTER TABLE IF EXISTS app."Customers" DROP COLUMN IF EXISTS "LegacyCode" CASCADE, DROP COLUMN fax;
