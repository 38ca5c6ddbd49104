-- In an explicit transaction on PostgreSQL 12, a default using the new value fails the same way.
-- pg: 12
-- execute-in-transaction: false
BEGIN;
ALTER TYPE ticket_priority ADD VALUE IF NOT EXISTS 'urgent' BEFORE 'high';
-- expect: new-enum-value-in-transaction
ALTER TABLE tickets ALTER COLUMN priority SET DEFAULT 'urgent';
COMMIT;
