-- Validation scans under SHARE UPDATE EXCLUSIVE; afterwards the column is NOT NULL.
ALTER TABLE accounts VALIDATE CONSTRAINT accounts_region_not_null;
-- Redundant but harmless: nothing left to scan.
ALTER TABLE accounts ALTER COLUMN region SET NOT NULL;
