-- A foreign key on a table created in the same migration has no rows to check.
CREATE TABLE order_notes (
    id       bigint PRIMARY KEY,
    order_id bigint NOT NULL,
    body     text NOT NULL
);
ALTER TABLE order_notes ADD CONSTRAINT order_notes_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders (id);
