-- The table is created by an earlier migration of the same deployment: it is still empty when V2 runs.
CREATE TABLE orders (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
