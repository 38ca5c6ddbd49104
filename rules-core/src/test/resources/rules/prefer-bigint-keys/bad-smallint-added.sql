-- A smallint foreign key added to an existing table, and a primary key made of an int column afterwards.
-- expect: prefer-bigint-keys
ALTER TABLE orders ADD COLUMN region_id smallint REFERENCES regions (id);

-- expect: prefer-bigint-keys
CREATE TABLE audit_entries (
    entry_no int4 NOT NULL,
    payload jsonb
);
ALTER TABLE audit_entries ADD PRIMARY KEY (entry_no);
