-- One customer may have millions of orders: all updated in one transaction.
-- expect: unbatched-update
UPDATE orders SET status = 'closed' WHERE customer_id = 42;
