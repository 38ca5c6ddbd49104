-- Time-ordered UUIDs (PostgreSQL 18), and random UUIDs on a column that is not the primary key.
CREATE TABLE orders (
    id uuid PRIMARY KEY DEFAULT uuidv7(),
    public_token uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE
);

CREATE TABLE customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    external_ref uuid DEFAULT gen_random_uuid()
);

-- A random default or a unique constraint on a column that is not the key.
ALTER TABLE customers ALTER COLUMN external_ref SET DEFAULT uuid_generate_v4();
ALTER TABLE customers ADD CONSTRAINT customers_external_ref_key UNIQUE (external_ref);
