-- A foreign key dropped again, or whose table is dropped, needs no index.
ALTER TABLE invoices ADD CONSTRAINT invoices_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;
ALTER TABLE invoices DROP CONSTRAINT invoices_order_fk;

CREATE TABLE import_rows (id bigint PRIMARY KEY, batch_id bigint REFERENCES import_batches (id));
DROP TABLE import_rows;
