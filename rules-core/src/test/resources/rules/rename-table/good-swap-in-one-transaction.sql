-- A table swap: the rebuilt table takes the old name in the same transaction, so the name is never missing.
ALTER TABLE events RENAME TO events_old;
ALTER TABLE events_rebuilt RENAME TO events;
