-- New NULLs are rejected at once; existing rows are not scanned yet.
ALTER TABLE accounts ADD CONSTRAINT accounts_region_not_null NOT NULL region NOT VALID;
