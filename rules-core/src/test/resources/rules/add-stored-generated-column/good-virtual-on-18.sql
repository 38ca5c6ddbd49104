-- On PostgreSQL 18 a generated column is VIRTUAL unless STORED is written: computed on read, nothing rewritten.
SET lock_timeout = '5s';
ALTER TABLE order_lines ADD COLUMN total_cents bigint GENERATED ALWAYS AS (quantity * unit_price_cents);
ALTER TABLE order_lines ADD COLUMN total_eur numeric GENERATED ALWAYS AS (unit_price_cents / 100.0) VIRTUAL;
