-- serial and bigserial keys, and a serial column added to an existing table.
-- expect: prefer-identity
CREATE TABLE tags (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE
);

-- expect: prefer-identity
CREATE TABLE audit.events (
    id bigserial PRIMARY KEY,
    payload jsonb
);

-- expect: prefer-identity
ALTER TABLE legacy_imports ADD COLUMN row_number smallserial;
