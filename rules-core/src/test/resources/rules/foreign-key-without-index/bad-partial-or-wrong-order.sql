-- A partial index, and an index whose first column is not the key's, do not serve the foreign key.
-- expect: foreign-key-without-index
CREATE TABLE order_lines (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id bigint NOT NULL,
    product_id bigint NOT NULL,
    CONSTRAINT order_lines_order_fk FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT order_lines_product_fk FOREIGN KEY (product_id) REFERENCES products (id)
);

CREATE INDEX order_lines_open_order_idx ON order_lines (order_id) WHERE product_id IS NOT NULL;
CREATE INDEX order_lines_created_product_idx ON order_lines (id, product_id);
CREATE INDEX order_lines_product_order_idx ON order_lines (product_id, order_id);
