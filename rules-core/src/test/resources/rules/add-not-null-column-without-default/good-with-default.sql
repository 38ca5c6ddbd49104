-- A constant default fills existing rows without a rewrite (PostgreSQL 11+).
ALTER TABLE orders ADD COLUMN region text NOT NULL DEFAULT 'eu';
