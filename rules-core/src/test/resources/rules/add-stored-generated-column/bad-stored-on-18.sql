-- A STORED generated column is computed and written for every existing row (PostgreSQL 18 could make it VIRTUAL).
SET lock_timeout = '5s';

-- expect: add-stored-generated-column
ALTER TABLE order_lines ADD COLUMN total_cents bigint GENERATED ALWAYS AS (quantity * unit_price_cents) STORED;
