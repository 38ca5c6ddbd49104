-- A domain chooses the type of every column declared with it.
-- expect: ban-char
CREATE DOMAIN country_code AS character(2) CHECK (VALUE ~ '^[A-Z]{2}$');
