-- Renaming the referencing column keeps the foreign key, still without an index.
-- expect: foreign-key-without-index
CREATE TABLE invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer bigint REFERENCES customers (id)
);
ALTER TABLE invoices RENAME COLUMN customer TO customer_id;
