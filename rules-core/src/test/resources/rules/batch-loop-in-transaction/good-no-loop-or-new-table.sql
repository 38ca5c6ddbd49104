-- A DO block with a single statement, and a loop that fills a table created in this migration.
DO $$
BEGIN
  UPDATE settings SET value = 'on' WHERE key = 'archive.enabled';
END
$$;

CREATE TABLE calendar_days (day date PRIMARY KEY, business_day boolean);

DO $$
DECLARE
  d date := date '2025-01-01';
BEGIN
  WHILE d < date '2026-01-01' LOOP
    INSERT INTO calendar_days (day) VALUES (d);
    UPDATE calendar_days SET business_day = extract(isodow FROM d) < 6 WHERE day = d;
    d := d + 1;
  END LOOP;
END
$$;
