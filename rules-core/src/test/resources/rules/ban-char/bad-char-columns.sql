-- Fixed-length character columns: char(n), character(n), and bare char (one character).
-- expect: ban-char, ban-char
CREATE TABLE countries (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    iso_code char(2) NOT NULL,
    iso3_code character(3),
    name text NOT NULL
);

-- expect: ban-char
ALTER TABLE accounts ADD COLUMN status_flag char;
