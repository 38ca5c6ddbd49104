-- Every foreign key gets an index leading with its columns, later in the migration, by a composite primary key,
-- or by a multi-column index in another column order.
CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id)
);
CREATE INDEX orders_customer_id_idx ON orders (customer_id);

CREATE TABLE order_tags (
    order_id bigint NOT NULL REFERENCES orders (id),
    tag_id bigint NOT NULL REFERENCES tags (id),
    PRIMARY KEY (order_id, tag_id)
);
CREATE INDEX order_tags_tag_idx ON order_tags (tag_id);

CREATE TABLE shipments (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    warehouse_id bigint NOT NULL,
    carrier_id bigint NOT NULL,
    FOREIGN KEY (warehouse_id, carrier_id) REFERENCES warehouse_carriers (warehouse_id, carrier_id)
);
CREATE INDEX shipments_carrier_warehouse_idx ON shipments (carrier_id, warehouse_id, id);
