-- With executeInTransaction=false the explicit transaction block is the only one.
-- execute-in-transaction: false
BEGIN;
ALTER TABLE orders ADD COLUMN note text;
COMMIT;
