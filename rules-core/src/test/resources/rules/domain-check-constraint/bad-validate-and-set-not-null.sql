-- Unlike tables, validating a domain constraint takes SHARE on every using table; SET NOT NULL scans too.
-- expect: domain-check-constraint
ALTER DOMAIN billing.amount VALIDATE CONSTRAINT amount_positive;

-- expect: domain-check-constraint
ALTER DOMAIN billing.amount SET NOT NULL;
