-- PostgreSQL 12: SET NOT NULL skips the scan when a validated CHECK (col IS NOT NULL) exists, even from an earlier migration.
-- pg: 12
-- since: 1
CREATE TABLE users (
    id    bigint PRIMARY KEY,
    email text
);
