-- The NOT NULL column hides among other actions of one ALTER TABLE.
-- expect: add-not-null-column-without-default
ALTER TABLE customers
    ADD COLUMN nickname text,
    ADD COLUMN country_code char(2) NOT NULL;
