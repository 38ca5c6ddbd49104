-- An index whose first columns are the key's columns in another order serves a composite key, and so
-- does a unique constraint leading with the key; an index on the renamed column follows the rename.
CREATE TABLE shipments (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id bigint NOT NULL,
    line_no integer NOT NULL,
    FOREIGN KEY (order_id, line_no) REFERENCES order_lines (order_id, line_no)
);
CREATE INDEX shipments_line_order_idx ON shipments (line_no, order_id, id);

CREATE TABLE customer_tags (
    customer_id bigint NOT NULL REFERENCES customers (id),
    tag text NOT NULL,
    UNIQUE (customer_id, tag)
);

CREATE TABLE payments (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    invoice bigint REFERENCES invoices (id)
);
CREATE INDEX payments_invoice_idx ON payments (invoice);
ALTER TABLE payments RENAME COLUMN invoice TO invoice_id;
