-- Keys inline, at table level, added later in the same migration; temporary tables and partitions need none.
CREATE TABLE customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE order_tags (
    order_id bigint NOT NULL,
    tag_id bigint NOT NULL,
    PRIMARY KEY (order_id, tag_id)
);

CREATE TABLE order_totals AS
SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id;
ALTER TABLE order_totals ADD PRIMARY KEY (customer_id);

CREATE TEMPORARY TABLE import_batch (line text);

CREATE TABLE measurements_2025 PARTITION OF measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
