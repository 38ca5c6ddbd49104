-- Flyway runs the migration in one transaction: the new value cannot be used before it commits.
ALTER TYPE order_status ADD VALUE 'refunded';
-- expect: new-enum-value-in-transaction
UPDATE orders SET status = 'refunded' WHERE id IN (SELECT order_id FROM refunds);
