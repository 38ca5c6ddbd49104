-- The key column was declared nullable in an earlier migration: the primary key must still scan to set NOT NULL.
-- since: 1
CREATE TABLE devices (
    serial text,
    model  text NOT NULL
);
