-- Rebuilding an index created earlier in the same migration: the table is empty, nothing waits.
CREATE TABLE coupons (
    id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code text NOT NULL
);
CREATE INDEX coupons_code_idx ON coupons (code);
REINDEX INDEX coupons_code_idx;
REINDEX TABLE coupons;
