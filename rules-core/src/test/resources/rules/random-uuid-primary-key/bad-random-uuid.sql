-- Random UUID defaults on primary keys, inline and in a table-level PRIMARY KEY.
-- expect: random-uuid-primary-key
CREATE TABLE orders (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    total numeric(19, 4) NOT NULL
);

-- expect: random-uuid-primary-key
CREATE TABLE sessions (
    session_id uuid NOT NULL DEFAULT public.uuid_generate_v4(),
    user_id bigint NOT NULL,
    PRIMARY KEY (session_id)
);
