-- execute-in-transaction: false
-- In a DO block or routine, variables and parameters are values: each statement below touches one batch
-- or one row, however often its loop runs it.
DO $$
DECLARE
  batch_start bigint := (SELECT min(id) FROM orders);
  last_id bigint := (SELECT max(id) FROM orders);
BEGIN
  WHILE batch_start <= last_id LOOP
    UPDATE orders SET status = 'archived'
    WHERE id >= batch_start AND id < batch_start + 1000
      AND (status = 'done');
    batch_start := batch_start + 1000;
    COMMIT;
  END LOOP;
END $$;

DO $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT id FROM invoices WHERE currency IS NULL LIMIT 500 LOOP
    UPDATE invoices SET currency = 'EUR' WHERE id = r.id;
    COMMIT;
  END LOOP;
END $$;

CREATE FUNCTION close_order(p_order_id bigint) RETURNS void LANGUAGE sql AS $$
  UPDATE orders SET status = 'closed' WHERE id = p_order_id
$$;

CREATE PROCEDURE archive_range(IN p_from bigint, p_to bigint) LANGUAGE plpgsql AS $$
BEGIN
  UPDATE orders SET status = 'archived' WHERE id BETWEEN p_from AND p_to;
END $$;
