-- The column's type comes from an earlier migration: widening varchar(100) to varchar(200) rewrites nothing.
-- since: 1
CREATE TABLE users (
    id    bigint PRIMARY KEY,
    email varchar(100) NOT NULL
);
