-- An exclusion constraint on a table created in the same migration: nothing to check, nobody waits.
CREATE TABLE reservations (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    room_id bigint NOT NULL,
    during  tstzrange NOT NULL
);
ALTER TABLE reservations ADD CONSTRAINT reservations_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&);
