-- Outside a transaction the ADD VALUE commits by itself, so the next statement may use the value.
-- execute-in-transaction: false
ALTER TYPE order_status ADD VALUE 'refunded';
UPDATE orders SET status = 'refunded' WHERE id IN (SELECT order_id FROM refunds LIMIT 1000);
