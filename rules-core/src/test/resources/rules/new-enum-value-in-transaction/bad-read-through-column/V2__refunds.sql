-- order_notes has no order_status column, but the query compares orders.status with the new value.
ALTER TYPE order_status ADD VALUE 'refunded';
-- expect: new-enum-value-in-transaction
INSERT INTO order_notes (order_id, note) SELECT id, 'refunded' FROM orders WHERE status = 'refunded';
-- A text column only: no conversion.
UPDATE order_notes SET note = 'refunded' WHERE order_id = 1;
