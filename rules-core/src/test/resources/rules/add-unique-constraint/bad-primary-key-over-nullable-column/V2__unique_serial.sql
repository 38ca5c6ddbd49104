-- Built without blocking writes.
-- execute-in-transaction: false
CREATE UNIQUE INDEX CONCURRENTLY devices_serial_key ON devices (serial);
