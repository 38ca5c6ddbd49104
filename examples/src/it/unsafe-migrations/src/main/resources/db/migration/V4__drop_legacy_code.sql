-- The legacy code moved to the billing service.
ALTER TABLE orders DROP COLUMN legacy_code;
