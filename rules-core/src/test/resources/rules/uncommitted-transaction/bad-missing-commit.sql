-- The script opens a transaction and never closes it.
-- execute-in-transaction: false
-- expect: uncommitted-transaction
BEGIN;
ALTER TABLE orders ADD COLUMN note text;
UPDATE orders SET note = '' WHERE id = 1;
