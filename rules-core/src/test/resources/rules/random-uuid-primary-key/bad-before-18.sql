-- pg: 16
-- On PostgreSQL 16 the fix cannot use uuidv7(): it suggests generating UUIDv7 in the application.
-- expect: random-uuid-primary-key
CREATE TABLE api_keys (
    id uuid DEFAULT gen_random_uuid() PRIMARY KEY,
    owner_id bigint NOT NULL
);
