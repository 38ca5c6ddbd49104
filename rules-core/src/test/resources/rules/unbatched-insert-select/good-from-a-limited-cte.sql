-- The query reads one limited batch: straight from a limited CTE, or joined to it on the key.
WITH batch AS (SELECT * FROM orders WHERE status = 'done' ORDER BY id LIMIT 1000)
INSERT INTO order_archive SELECT * FROM batch;

WITH batch AS (SELECT id FROM orders WHERE status = 'done' ORDER BY id LIMIT 1000)
INSERT INTO order_archive (id, customer_id, total)
SELECT o.id, o.customer_id, o.total FROM orders o JOIN batch b ON b.id = o.id;
