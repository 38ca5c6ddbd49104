-- Inside a DO block the statement runs like a top-level one.
SET lock_timeout = '5s';

DO $$
BEGIN
    -- expect: add-exclusion-constraint
    ALTER TABLE scheduling.shifts ADD EXCLUDE USING gist (employee_id WITH =, period WITH &&);
END
$$;
