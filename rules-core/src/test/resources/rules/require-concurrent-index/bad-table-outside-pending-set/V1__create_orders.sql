-- The same migrations, but V1 was applied in an earlier deployment: orders may hold rows by now.
-- since: 1
CREATE TABLE orders (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
