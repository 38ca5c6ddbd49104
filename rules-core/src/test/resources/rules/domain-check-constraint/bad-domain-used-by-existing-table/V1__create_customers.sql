-- since: 1
-- An earlier, applied migration created the domain and a table that uses it.
CREATE DOMAIN email AS text;
CREATE TABLE customers (
    id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email email NOT NULL
);
