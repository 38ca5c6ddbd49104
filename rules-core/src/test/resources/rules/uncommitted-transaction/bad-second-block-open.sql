-- The first block is closed; the second is not.
-- execute-in-transaction: false
BEGIN;
ALTER TABLE orders ADD COLUMN note text;
COMMIT;
-- expect: uncommitted-transaction
BEGIN;
ALTER TABLE orders ADD COLUMN tag text;
BEGIN;
ALTER TABLE orders ADD COLUMN label text;
