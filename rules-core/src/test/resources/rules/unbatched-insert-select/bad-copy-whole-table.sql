-- Copying every finished order into an existing archive table, in one statement.
-- expect: unbatched-insert-select
INSERT INTO order_archive (id, customer_id, total)
SELECT id, customer_id, total FROM orders WHERE status = 'done';
