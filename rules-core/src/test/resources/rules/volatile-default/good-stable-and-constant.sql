-- now() is stable and 'new' a constant: since PostgreSQL 11 the value is stored once, nothing is rewritten.
ALTER TABLE orders
    ADD COLUMN created_at timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN status text NOT NULL DEFAULT 'new';
