-- The catalog knows the keys of orders (id): customer_id looks like a key by its name but is not one.
-- since: 1
CREATE TABLE orders (
    id          bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    status      text NOT NULL
);
