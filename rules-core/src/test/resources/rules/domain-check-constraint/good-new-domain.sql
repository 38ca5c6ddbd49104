-- A domain created in the same migration is not used by any existing table yet.
CREATE DOMAIN postal_code AS text;
ALTER DOMAIN postal_code ADD CONSTRAINT postal_code_format CHECK (VALUE ~ '^[0-9]{5}$');
ALTER DOMAIN postal_code SET NOT NULL;
