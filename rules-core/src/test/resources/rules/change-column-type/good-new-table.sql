-- A table created in the same migration is empty: nothing to rewrite.
CREATE TABLE coupons (
    id       integer PRIMARY KEY,
    discount numeric(5, 2)
);
ALTER TABLE coupons ALTER COLUMN id TYPE bigint;
