-- since: 1
CREATE TABLE orders (id bigint PRIMARY KEY, created_at date NOT NULL, total numeric NOT NULL);
CREATE MATERIALIZED VIEW daily_totals AS SELECT created_at AS day, sum(total) AS total FROM orders GROUP BY created_at;
