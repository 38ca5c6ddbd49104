-- Each statement touches a bounded set of rows: a key range, a key list, or keys picked with LIMIT.
UPDATE orders SET status = 'archived' WHERE id BETWEEN 1 AND 10000;

UPDATE orders SET status = 'archived' WHERE id >= 10001 AND id < 20001 AND status = 'done';

UPDATE "Customers" SET tier = 'gold' WHERE customer_id IN (17, 42, 99);

UPDATE orders SET status = 'archived'
WHERE id IN (SELECT id FROM orders WHERE status = 'done' ORDER BY id LIMIT 1000);

UPDATE events SET processed = true
WHERE ctid = ANY(ARRAY(SELECT ctid FROM events WHERE processed = false LIMIT 5000));
