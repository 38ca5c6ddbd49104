-- Cleaning up rows of a table created in the same migration is fine.
CREATE TABLE import_rows (
    id bigserial PRIMARY KEY,
    payload jsonb,
    valid boolean
);

DELETE FROM import_rows WHERE NOT valid;
