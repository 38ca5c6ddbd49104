-- The safe recipe: a plain column with a sequence default for new rows; existing rows are backfilled later.
SET lock_timeout = '5s';
ALTER TABLE invoices ADD COLUMN invoice_number bigint;
CREATE SEQUENCE invoices_invoice_number_seq OWNED BY invoices.invoice_number;
ALTER TABLE invoices ALTER COLUMN invoice_number SET DEFAULT nextval('invoices_invoice_number_seq');
