-- The rows copied are the ones a bounded DELETE returns: no table is read.
WITH moved AS (
  DELETE FROM sessions WHERE id IN (SELECT id FROM sessions WHERE expires_at < now() LIMIT 500) RETURNING *
)
INSERT INTO sessions_archive SELECT * FROM moved;
