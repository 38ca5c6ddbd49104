DO $do$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT id FROM t LOOP
    UPDATE t SET flag = true WHERE id = r.id;
    COMMIT;
  END LOOP;
END
$do$;
