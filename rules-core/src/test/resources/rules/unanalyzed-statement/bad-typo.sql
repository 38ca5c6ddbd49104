-- A typo makes the statement unreadable; it is reported instead of silently skipped.
-- expect: unanalyzed-statement
ALTR TABLE orders ADD COLUMN note text;

ALTER TABLE orders ADD COLUMN note text;
