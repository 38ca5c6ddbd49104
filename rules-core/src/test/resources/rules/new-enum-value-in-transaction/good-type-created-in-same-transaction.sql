-- PostgreSQL allows the new value when the enum type was created in the same transaction.
CREATE TYPE shipment_state AS ENUM ('packed', 'shipped');
ALTER TYPE shipment_state ADD VALUE 'delivered';
CREATE TABLE shipments (
    id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    state shipment_state NOT NULL DEFAULT 'delivered'
);
