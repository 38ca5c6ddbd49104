-- USING INDEX skips the build, but serial is nullable: every row is scanned under ACCESS EXCLUSIVE.
-- expect: add-unique-constraint
ALTER TABLE devices ADD CONSTRAINT devices_pkey PRIMARY KEY USING INDEX devices_serial_key;
