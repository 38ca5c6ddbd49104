-- Quoted and schema-qualified names; COLUMN is optional in the syntax.
-- expect: rename-column
ALTER TABLE IF EXISTS crm."Contacts" RENAME "PhoneNo" TO phone_number;
