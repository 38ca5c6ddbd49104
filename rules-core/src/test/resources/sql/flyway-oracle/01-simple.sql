CREATE TABLE account (id bigint PRIMARY KEY, name text NOT NULL);
ALTER TABLE account ADD COLUMN email text;
CREATE INDEX account_email ON account (email);
