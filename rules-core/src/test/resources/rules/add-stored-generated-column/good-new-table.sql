-- A stored generated column on a table created in the same migration: the table is empty.
CREATE TABLE payouts (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    amount_cents bigint NOT NULL
);
ALTER TABLE payouts ADD COLUMN amount_eur numeric GENERATED ALWAYS AS (amount_cents / 100.0) STORED;
