-- Older rows predate notes.

UPDATE orders SET note = '' WHERE note IS NULL;
