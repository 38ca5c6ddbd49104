-- 32-bit keys: a serial primary key, and an integer column referencing it.
-- expect: prefer-bigint-keys
CREATE TABLE customers (
    id serial PRIMARY KEY,
    name text NOT NULL
);

-- expect: prefer-bigint-keys, prefer-bigint-keys
CREATE TABLE orders (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id int NOT NULL REFERENCES customers (id)
);
