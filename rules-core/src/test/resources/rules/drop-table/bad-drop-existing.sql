-- Dropping a table the application may still use loses its rows for good.
-- expect: drop-table
DROP TABLE legacy_sessions;
