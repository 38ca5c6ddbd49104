-- email is unique, so a list of emails bounds the update to as many rows.
-- since: 1
CREATE TABLE users (
    id    bigint PRIMARY KEY,
    email text NOT NULL UNIQUE,
    plan  text
);
