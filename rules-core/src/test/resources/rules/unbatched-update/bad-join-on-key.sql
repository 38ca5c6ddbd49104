-- Joining on the key against a whole other table is not a bound: every matching order is updated at once.
-- expect: unbatched-update
UPDATE orders o
SET customer_name = c.name
FROM customers c
WHERE c.id = o.customer_id;
