-- Renaming a column of a table created in the same migration breaks nobody.
CREATE TABLE coupons (id bigint PRIMARY KEY, cod text NOT NULL);

ALTER TABLE coupons RENAME COLUMN cod TO code;
