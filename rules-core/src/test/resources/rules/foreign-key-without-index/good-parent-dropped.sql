-- Dropping the referenced table (CASCADE) drops the foreign keys to it: nothing is left to index.
CREATE TABLE legacy_accounts (id bigint PRIMARY KEY);
CREATE TABLE legacy_sessions (
    id bigint PRIMARY KEY,
    account_id bigint REFERENCES legacy_accounts (id)
);
DROP TABLE legacy_accounts CASCADE;
