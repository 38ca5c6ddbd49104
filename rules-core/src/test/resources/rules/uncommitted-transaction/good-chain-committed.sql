-- Each chained transaction is closed in the end.
-- execute-in-transaction: false
BEGIN;
ALTER TABLE orders ADD COLUMN status text;
COMMIT AND CHAIN;
ALTER TABLE orders ADD COLUMN note text;
COMMIT;
