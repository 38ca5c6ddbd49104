-- golang-migrate sends the file as one query string: the BEGIN makes its implicit transaction explicit, and
-- nothing ends it, so it is still open on the connection when the script has run.
-- runner: golang-migrate
-- expect: uncommitted-transaction
BEGIN;
ALTER TABLE orders ADD COLUMN status text;
ALTER TABLE orders ADD COLUMN note text;
