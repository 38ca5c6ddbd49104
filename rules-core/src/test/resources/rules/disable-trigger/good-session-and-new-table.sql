-- Triggers skipped for this session only, triggers enabled, and a table created in this migration.
SET LOCAL session_replication_role = replica;
UPDATE orders SET total = subtotal + tax WHERE id BETWEEN 1 AND 5000;

ALTER TABLE orders ENABLE TRIGGER orders_audit;

CREATE TABLE import_rows (id bigint PRIMARY KEY, payload jsonb);
ALTER TABLE import_rows DISABLE TRIGGER USER;
