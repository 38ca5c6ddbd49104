-- COMMIT AND CHAIN commits and opens the next transaction at once; nothing closes that one.
-- execute-in-transaction: false
BEGIN;
ALTER TABLE orders ADD COLUMN status text;
-- expect: uncommitted-transaction
COMMIT AND CHAIN;
ALTER TABLE orders ADD COLUMN note text;
