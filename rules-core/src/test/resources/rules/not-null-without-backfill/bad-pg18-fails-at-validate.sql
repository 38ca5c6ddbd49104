-- PostgreSQL 18: NOT NULL … NOT VALID passes; the failure comes at VALIDATE, so the finding goes there.
-- execute-in-transaction: false
ALTER TABLE orders ADD COLUMN region text;
ALTER TABLE orders ADD CONSTRAINT orders_region_not_null NOT NULL region NOT VALID;
-- expect: not-null-without-backfill
ALTER TABLE orders VALIDATE CONSTRAINT orders_region_not_null;
