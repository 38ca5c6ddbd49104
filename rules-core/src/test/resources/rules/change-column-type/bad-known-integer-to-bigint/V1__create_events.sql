-- The catalog knows the column is integer, so integer -> bigint is a known rewrite.
-- since: 1
CREATE TABLE events (
    id      integer PRIMARY KEY,
    payload jsonb
);
