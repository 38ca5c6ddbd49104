-- execute-in-transaction: false
-- The same swap in autocommit: between the two statements the old name is missing.
-- expect: rename-table
ALTER TABLE events RENAME TO events_old;
-- expect: rename-table
ALTER TABLE events_rebuilt RENAME TO events;
