-- The column is added nullable in one pending migration and made NOT NULL in a later one, with no backfill in between.
-- since: 1
CREATE TABLE orders (
    id    bigint PRIMARY KEY,
    total numeric(12, 2) NOT NULL
);
