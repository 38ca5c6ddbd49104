-- A table created in the same migration has no rows to check.
CREATE TABLE discounts (
    id      bigint PRIMARY KEY,
    percent integer NOT NULL
);
ALTER TABLE discounts ADD CONSTRAINT discounts_percent_range CHECK (percent BETWEEN 0 AND 100);
