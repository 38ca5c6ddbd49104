-- The UPDATE inside a WITH query changes rows like one written on its own.
WITH touched AS (
  -- expect: unbatched-update
  UPDATE invoices SET currency = 'EUR' WHERE currency IS NULL RETURNING id
)
SELECT count(*) FROM touched;
