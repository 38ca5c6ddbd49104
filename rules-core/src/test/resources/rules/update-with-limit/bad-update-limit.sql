-- UPDATE ... LIMIT is MySQL syntax: PostgreSQL rejects it and the migration fails.
-- expect: update-with-limit
UPDATE jobs SET state = 'queued' WHERE state = 'stuck' LIMIT 500;
