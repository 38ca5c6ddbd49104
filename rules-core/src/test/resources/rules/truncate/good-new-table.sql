-- Truncating a staging table created in the same migration loses nothing.
CREATE TABLE price_staging (sku text PRIMARY KEY, price numeric(12, 2));

INSERT INTO price_staging VALUES ('A-1', 9.99);

TRUNCATE price_staging;
