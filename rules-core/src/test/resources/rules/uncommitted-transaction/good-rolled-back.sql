-- A transaction closed by ROLLBACK is closed too (a dry run of the change).
-- execute-in-transaction: false
BEGIN;
ALTER TABLE orders ADD COLUMN note text;
ROLLBACK;
