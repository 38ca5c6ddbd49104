-- clock_timestamp() is volatile (unlike now()), also inside a DO block.
DO $$
BEGIN
    -- expect: volatile-default
    ALTER TABLE events ADD COLUMN received_at timestamptz DEFAULT clock_timestamp();
END
$$;
