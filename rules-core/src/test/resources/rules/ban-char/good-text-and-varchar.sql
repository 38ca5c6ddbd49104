-- varchar, text, character varying, and PostgreSQL's internal one-byte "char" type are not padded.
CREATE TABLE countries (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    iso_code varchar(2) NOT NULL,
    iso3_code character varying(3),
    name text NOT NULL CHECK (length(name) <= 100),
    kind "char"
);
