-- The check was added NOT VALID in an earlier migration but never validated: SET NOT NULL still scans.
-- pg: 16
-- since: 1
CREATE TABLE users (
    id    bigint PRIMARY KEY,
    email text
);
