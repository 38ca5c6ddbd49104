-- PostgreSQL 18: a NOT NULL constraint added NOT VALID and validated in earlier migrations already makes the column NOT NULL.
-- pg: 18
-- since: 1
CREATE TABLE accounts (
    id     bigint PRIMARY KEY,
    region text
);
