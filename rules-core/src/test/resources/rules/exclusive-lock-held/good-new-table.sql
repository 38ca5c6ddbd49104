-- Locks on a table created in the same migration block nobody: it is not used yet.
CREATE TABLE order_events (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id bigint NOT NULL
);
ALTER TABLE order_events ADD COLUMN kind text;
CREATE INDEX order_events_order_id_idx ON order_events (order_id);
INSERT INTO order_events (order_id, kind) SELECT id, 'created' FROM orders;
