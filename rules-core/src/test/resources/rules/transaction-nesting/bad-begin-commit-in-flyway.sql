-- Flyway already runs this migration in a transaction: BEGIN only warns, COMMIT ends Flyway's transaction early.
-- expect: transaction-nesting
BEGIN;
ALTER TABLE orders ADD COLUMN note text;
-- expect: transaction-nesting
COMMIT;
