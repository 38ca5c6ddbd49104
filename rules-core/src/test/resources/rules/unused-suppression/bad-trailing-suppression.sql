-- A trailing suppression belongs to the statement it trails: it does not silence the next one.
-- expect: unused-suppression
ALTER TABLE orders ADD COLUMN notes jsonb; -- migration-guard:ignore prefer-jsonb -- meant for the payload column
-- expect: prefer-jsonb
ALTER TABLE orders ADD COLUMN payload json;
