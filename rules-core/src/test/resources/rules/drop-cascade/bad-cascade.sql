-- CASCADE on a table, a type and a column: dependents go without being named.
-- expect: drop-cascade
DROP TABLE IF EXISTS customers_legacy CASCADE;

-- expect: drop-cascade
DROP TYPE order_status CASCADE;

-- expect: drop-cascade
ALTER TABLE orders DROP COLUMN IF EXISTS legacy_code CASCADE;
