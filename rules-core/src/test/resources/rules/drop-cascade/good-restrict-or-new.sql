-- Drops without CASCADE, and CASCADE on a table created in this same migration.
DROP VIEW IF EXISTS customer_order_summary;

ALTER TABLE invoices DROP CONSTRAINT IF EXISTS invoices_customer_id_fkey;

CREATE TABLE staging_orders (id bigint PRIMARY KEY);
DROP TABLE staging_orders CASCADE;
