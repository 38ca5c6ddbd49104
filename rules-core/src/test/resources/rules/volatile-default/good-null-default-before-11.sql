-- DEFAULT NULL is no default at all, even before PostgreSQL 11.
-- pg: 10
ALTER TABLE orders ADD COLUMN cancelled_at timestamptz DEFAULT NULL;
