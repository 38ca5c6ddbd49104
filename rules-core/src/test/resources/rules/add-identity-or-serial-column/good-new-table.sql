-- Identity and serial columns of a table created in the same migration cost nothing.
CREATE TABLE refunds (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id bigint NOT NULL
);
ALTER TABLE refunds ADD COLUMN refund_no serial;
