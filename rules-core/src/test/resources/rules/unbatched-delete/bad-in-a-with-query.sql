-- Moving rows with a data-modifying WITH query: the DELETE in it is what runs unbounded.
WITH moved AS (
  -- expect: unbatched-delete
  DELETE FROM audit_log WHERE created_at < '2020-01-01' RETURNING *
)
INSERT INTO audit_log_archive SELECT * FROM moved;

-- Bounded, and so is the copy of what it returns.
WITH moved AS (
  DELETE FROM audit_log
  WHERE id IN (SELECT id FROM audit_log WHERE created_at < '2020-01-01' ORDER BY id LIMIT 1000)
  RETURNING *
)
INSERT INTO audit_log_archive SELECT * FROM moved;
