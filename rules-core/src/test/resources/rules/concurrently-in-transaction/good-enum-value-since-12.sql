-- Since PostgreSQL 12, ADD VALUE may run in a transaction (the new value is just not usable before COMMIT).
-- pg: 12
-- execute-in-transaction: false
BEGIN;
ALTER TYPE order_status ADD VALUE 'refunded';
COMMIT;
