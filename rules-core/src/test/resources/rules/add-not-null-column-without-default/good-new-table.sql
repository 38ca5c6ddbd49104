-- A table created in the same migration has no rows.
CREATE TABLE refunds (
    id       bigint PRIMARY KEY,
    order_id bigint NOT NULL
);
ALTER TABLE refunds ADD COLUMN reason text NOT NULL;
