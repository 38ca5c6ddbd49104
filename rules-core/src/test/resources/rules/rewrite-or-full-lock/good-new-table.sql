-- A table created in the same migration is empty: switching it to UNLOGGED or locking it costs nothing.
CREATE TABLE import_batches (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    payload jsonb
);
ALTER TABLE import_batches SET UNLOGGED;
LOCK TABLE import_batches IN ACCESS EXCLUSIVE MODE;
