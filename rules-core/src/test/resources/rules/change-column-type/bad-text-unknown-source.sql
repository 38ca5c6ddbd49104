-- The column was declared before the migrations in scope: its current type is unknown, so the change is
-- flagged and the message says it is free if the column is varchar or text.
-- expect: change-column-type
ALTER TABLE users ALTER COLUMN bio TYPE text;
