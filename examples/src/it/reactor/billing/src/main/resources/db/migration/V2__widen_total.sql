-- Totals are always set by the application.
ALTER TABLE invoices ALTER COLUMN total TYPE numeric(14, 2);
DELETE FROM invoices;
