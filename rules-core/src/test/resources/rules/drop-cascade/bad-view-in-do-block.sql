-- Statements in a DO block count like top-level ones.
DO $$
BEGIN
  -- expect: drop-cascade
  DROP MATERIALIZED VIEW IF EXISTS reporting.monthly_revenue CASCADE;
END
$$;
