-- pg_dump writes the key after the table; the column's default still fills it with random UUIDs.
CREATE TABLE public.sessions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id bigint NOT NULL
);
-- expect: random-uuid-primary-key
ALTER TABLE ONLY public.sessions ADD CONSTRAINT sessions_pkey PRIMARY KEY (id);

-- A random default given to an existing key column.
CREATE TABLE api_tokens (id uuid PRIMARY KEY, user_id bigint NOT NULL);
-- expect: random-uuid-primary-key
ALTER TABLE api_tokens ALTER COLUMN id SET DEFAULT uuid_generate_v4();
