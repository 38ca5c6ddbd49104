-- A bigserial column fills every existing row from its sequence: the table is rewritten under ACCESS EXCLUSIVE.
SET lock_timeout = '5s';

-- expect: add-identity-or-serial-column
ALTER TABLE invoices ADD COLUMN invoice_number bigserial;
