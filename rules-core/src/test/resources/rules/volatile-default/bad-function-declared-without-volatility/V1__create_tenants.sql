-- since: 1
CREATE TABLE tenants (id bigint PRIMARY KEY, name text NOT NULL);
-- No volatility declared: PostgreSQL makes the function VOLATILE.
CREATE FUNCTION app.new_api_key() RETURNS text
    LANGUAGE sql
    AS $$ SELECT md5(random()::text) $$;
