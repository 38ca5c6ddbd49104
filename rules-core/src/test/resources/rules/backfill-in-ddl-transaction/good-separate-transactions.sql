-- execute-in-transaction: false
-- The schema change commits first; the backfill runs in a transaction of its own, and a new table is free to fill.
BEGIN;
ALTER TABLE orders ADD COLUMN status text;
COMMIT;

BEGIN;
UPDATE orders SET status = 'new' WHERE id BETWEEN 1 AND 100000;
COMMIT;

BEGIN;
CREATE TABLE order_archive (id bigint PRIMARY KEY, total numeric);
INSERT INTO order_archive SELECT id, total FROM orders WHERE id BETWEEN 1 AND 1000;
COMMIT;
