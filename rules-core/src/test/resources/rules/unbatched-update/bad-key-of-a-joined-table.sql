-- c.id = 42 pins one customer, not the orders: every order of that customer is updated at once.
-- expect: unbatched-update
UPDATE orders o SET region = c.region
FROM customers c
WHERE o.customer_id = c.id AND c.id = 42;

-- A CTE without LIMIT is the whole set it selects.
-- expect: unbatched-update
WITH done AS (SELECT id FROM orders WHERE status = 'done')
UPDATE orders o SET status = 'archived' FROM done WHERE o.id = done.id;
