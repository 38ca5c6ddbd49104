-- bigint keys, an integer key widened later in the migrations, uuid keys, and an int column that is no key.
CREATE TABLE customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    login_count integer NOT NULL DEFAULT 0
);

CREATE TABLE orders (
    id serial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id)
);
ALTER TABLE orders ALTER COLUMN id TYPE bigint;

CREATE TABLE sessions (
    id uuid PRIMARY KEY DEFAULT uuidv7(),
    customer_id bigint REFERENCES customers (id)
);
