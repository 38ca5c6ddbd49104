-- Adding a CHECK to a domain the migrations never created: any existing table may use it.
-- expect: domain-check-constraint
ALTER DOMAIN email ADD CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');
