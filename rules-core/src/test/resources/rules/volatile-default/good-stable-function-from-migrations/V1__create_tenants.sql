-- since: 1
CREATE TABLE tenants (id bigint PRIMARY KEY, name text NOT NULL);
CREATE FUNCTION app.default_region() RETURNS text
    LANGUAGE sql STABLE
    AS $$ SELECT current_setting('app.region', true) $$;
