-- An index created earlier in the same migration is new: nobody uses it yet.
CREATE TABLE coupons (
    id   bigint PRIMARY KEY,
    code text NOT NULL
);
CREATE INDEX coupons_code_idx ON coupons (code);

DROP INDEX coupons_code_idx;
CREATE UNIQUE INDEX coupons_code_key ON coupons (code);
