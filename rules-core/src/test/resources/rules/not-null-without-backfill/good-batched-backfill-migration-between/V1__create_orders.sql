-- A batched backfill migration between adding the column and making it NOT NULL.
-- pg: 12
-- since: 1
CREATE TABLE orders (
    id    bigint PRIMARY KEY,
    total numeric(12, 2) NOT NULL
);
