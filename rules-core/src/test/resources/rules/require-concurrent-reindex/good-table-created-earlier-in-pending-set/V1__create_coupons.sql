-- Both migrations are pending: coupons is created by this deployment and still empty when V2 runs.
CREATE TABLE coupons (
    id   bigint PRIMARY KEY,
    code text NOT NULL
);
CREATE INDEX coupons_code_idx ON coupons (code);
