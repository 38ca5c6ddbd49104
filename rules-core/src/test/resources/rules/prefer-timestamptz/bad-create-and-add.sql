-- Timestamps without a zone, in a new table and added to an existing one; each column is its own finding.
-- expect: prefer-timestamptz, prefer-timestamptz
CREATE TABLE shipments (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shipped_at timestamp NOT NULL DEFAULT now(),
    delivered_at timestamp(3) without time zone
);

-- expect: prefer-timestamptz
ALTER TABLE orders ADD COLUMN cancelled_at timestamp;
