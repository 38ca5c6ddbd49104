-- Ordinary DDL and DML are all read.
CREATE TABLE invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL,
    total numeric(12, 2) NOT NULL DEFAULT 0
);
COMMENT ON TABLE invoices IS 'one row per invoice';
INSERT INTO invoices (customer_id, total) VALUES (1, 10.00);
