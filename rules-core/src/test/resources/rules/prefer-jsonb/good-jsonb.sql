-- jsonb everywhere; a column merely named json is fine.
CREATE TABLE webhook_deliveries (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    payload jsonb NOT NULL,
    json text
);

ALTER TABLE events ALTER COLUMN context TYPE jsonb USING context::jsonb;
