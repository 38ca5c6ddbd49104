-- json in a new table and as an existing table's new column.
-- expect: prefer-jsonb
CREATE TABLE webhook_deliveries (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    payload json NOT NULL,
    headers jsonb
);

-- expect: prefer-jsonb
ALTER TABLE "Customers" ADD COLUMN IF NOT EXISTS preferences json DEFAULT '{}';
