-- Keys matched against a CTE or derived table with LIMIT: one batch at a time.
WITH batch AS (
  SELECT id FROM orders WHERE status = 'done' ORDER BY id LIMIT 1000
)
UPDATE orders o SET status = 'archived' FROM batch WHERE o.id = batch.id;

UPDATE orders AS o SET status = 'archived'
FROM (SELECT id FROM orders WHERE status = 'done' LIMIT 1000) AS b
WHERE b.id = o.id;

WITH batch AS (SELECT id FROM orders WHERE status = 'done' LIMIT 1000)
UPDATE orders SET status = 'archived' WHERE id IN (SELECT id FROM batch);
