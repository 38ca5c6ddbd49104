-- The classic: add a column, then fill it in the same (runner's) transaction, holding ACCESS EXCLUSIVE throughout.
ALTER TABLE orders ADD COLUMN status text;

-- expect: backfill-in-ddl-transaction
UPDATE orders SET status = 'new' WHERE id BETWEEN 1 AND 100000;
