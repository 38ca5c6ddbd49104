-- A table created in the same migration can be renamed freely.
CREATE TABLE invoice_lines_new (id bigint PRIMARY KEY, invoice_id bigint NOT NULL);

ALTER TABLE invoice_lines_new RENAME TO invoice_lines;
