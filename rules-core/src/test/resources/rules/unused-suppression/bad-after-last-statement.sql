-- Suppressions after the last statement: the ignore has no statement to apply to, and the ignore-file
-- names a rule that does not exist.
ALTER TABLE orders ADD COLUMN notes jsonb;
-- expect: unused-suppression
-- migration-guard:ignore prefer-jsonb -- meant for the statement above
-- expect: unused-suppression
-- migration-guard:ignore-file prefer-jsnb -- typo in the id
