-- timestamptz in every spelling, and date/time types that are not timestamps.
CREATE TABLE shipments (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shipped_at timestamptz NOT NULL DEFAULT now(),
    delivered_at timestamp with time zone,
    ship_date date,
    pickup_window_start time
);

ALTER TABLE orders ADD COLUMN cancelled_at timestamptz(3);

-- A domain over timestamptz, and a domain-typed column, are fine.
CREATE DOMAIN created_at AS timestamptz NOT NULL DEFAULT now();
CREATE TABLE audit_log (id bigint PRIMARY KEY, at created_at);
