-- Adding a CHECK to a domain checks every row of every table using it, under SHARE locks.
-- expect: domain-check-constraint
ALTER DOMAIN email ADD CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');
