-- A log table and a copy made with CREATE TABLE … AS, neither given a primary key in this migration.
-- expect: table-without-primary-key
CREATE TABLE audit_log (
    occurred_at timestamptz NOT NULL DEFAULT now(),
    actor text NOT NULL,
    action text NOT NULL
);

-- expect: table-without-primary-key
CREATE TABLE order_totals AS
SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id;

CREATE INDEX order_totals_customer_idx ON order_totals (customer_id);
