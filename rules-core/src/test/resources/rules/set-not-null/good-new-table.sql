-- A table created in the same migration has no rows to scan.
CREATE TABLE invoices (
    id         bigint PRIMARY KEY,
    account_id bigint
);
ALTER TABLE invoices ALTER COLUMN account_id SET NOT NULL;
