-- A table created in the same migration is empty: a volatile default costs nothing.
CREATE TABLE api_tokens (
    id      bigint PRIMARY KEY,
    user_id bigint NOT NULL
);
ALTER TABLE api_tokens ADD COLUMN token uuid NOT NULL DEFAULT gen_random_uuid();
