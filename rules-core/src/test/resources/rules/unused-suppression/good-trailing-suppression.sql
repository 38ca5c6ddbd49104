-- A suppression after a statement, on its last line, applies to that statement.
ALTER TABLE orders ADD COLUMN notes json; -- migration-guard:ignore prefer-jsonb -- read as text by the reporting tool
ALTER TABLE orders ADD COLUMN archived boolean;
