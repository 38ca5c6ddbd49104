-- Dropping a default or a constraint is not dropping a column.
ALTER TABLE orders ALTER COLUMN status DROP DEFAULT;

ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_status_check;
