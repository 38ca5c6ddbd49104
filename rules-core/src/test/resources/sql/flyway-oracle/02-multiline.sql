CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES account (id),
    total numeric(12, 2) DEFAULT 0.0
);

ALTER TABLE orders
    ADD CONSTRAINT total_positive CHECK (total >= 0) NOT VALID;

ALTER TABLE orders VALIDATE CONSTRAINT total_positive;
