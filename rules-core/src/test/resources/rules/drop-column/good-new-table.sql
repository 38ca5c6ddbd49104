-- Reshaping a table created earlier in the same migration loses nothing.
CREATE TABLE shipment_events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shipment_id bigint NOT NULL,
    note text
);

ALTER TABLE shipment_events DROP COLUMN note;
