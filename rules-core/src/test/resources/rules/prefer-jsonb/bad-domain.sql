-- A domain chooses the type of every column declared with it.
-- expect: prefer-jsonb
CREATE DOMAIN app.payload json NOT NULL;
