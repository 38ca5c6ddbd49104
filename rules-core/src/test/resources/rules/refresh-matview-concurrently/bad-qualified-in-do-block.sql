-- Inside a DO block, with a schema-qualified view: same ACCESS EXCLUSIVE lock.
DO $$
BEGIN
    -- expect: refresh-matview-concurrently
    REFRESH MATERIALIZED VIEW reporting.monthly_revenue;
END
$$;
