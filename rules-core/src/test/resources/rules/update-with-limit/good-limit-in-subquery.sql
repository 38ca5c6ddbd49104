-- LIMIT belongs in a subquery that picks the keys: that is valid PostgreSQL.
UPDATE jobs SET state = 'queued'
WHERE id IN (SELECT id FROM jobs WHERE state = 'stuck' ORDER BY id LIMIT 500);

DELETE FROM events
WHERE id IN (SELECT id FROM events WHERE created_at < '2021-01-01' LIMIT 1000);
