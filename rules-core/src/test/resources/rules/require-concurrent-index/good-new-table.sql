-- An index on a table created in the same migration: the table is empty and unused, nothing waits.
CREATE TABLE shipments (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id   bigint NOT NULL,
    shipped_at timestamptz
);

CREATE INDEX shipments_order_id_idx ON shipments (order_id);
