CREATE TABLE orders (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint      NOT NULL,
    status      text        NOT NULL,
    legacy_code text,
    note        text,
    created_at  timestamptz NOT NULL DEFAULT now()
);
