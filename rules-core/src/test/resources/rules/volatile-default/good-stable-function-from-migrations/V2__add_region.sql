-- The migrations declared the function STABLE: PostgreSQL 11+ evaluates it once and stores the value,
-- nothing is rewritten.
ALTER TABLE tenants ADD COLUMN region text DEFAULT app.default_region();
