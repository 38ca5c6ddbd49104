-- Statements inside a DO block run like top-level ones: this index build blocks writes too.
DO $$
BEGIN
    -- expect: require-concurrent-index
    CREATE INDEX payments_created_at_idx ON payments (created_at);
END
$$;
