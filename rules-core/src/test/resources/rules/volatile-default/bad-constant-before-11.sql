-- Before PostgreSQL 11 even a constant default is written into every row.
-- pg: 10
-- expect: volatile-default
ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'new';
