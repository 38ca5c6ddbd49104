-- Using values that existed before is fine in the same transaction.
ALTER TYPE order_status ADD VALUE 'refunded';
UPDATE orders SET status = 'cancelled' WHERE id = 42;
