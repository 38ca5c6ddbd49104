-- since: 1
-- An earlier migration created the domain, but no table uses it.
CREATE DOMAIN phone_number AS text;
