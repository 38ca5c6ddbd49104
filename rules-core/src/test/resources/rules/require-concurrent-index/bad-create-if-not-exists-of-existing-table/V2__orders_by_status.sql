-- orders exists already, so CREATE TABLE IF NOT EXISTS does nothing: the table keeps its rows,
-- and the index build still blocks its writes.
CREATE TABLE IF NOT EXISTS orders (
    id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    status text NOT NULL
);
-- expect: require-concurrent-index
CREATE INDEX orders_status_idx ON orders (status);
