-- The pending migration adds a constraint: every row of "customers" is checked under a SHARE lock.
-- expect: domain-check-constraint
ALTER DOMAIN email ADD CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');
