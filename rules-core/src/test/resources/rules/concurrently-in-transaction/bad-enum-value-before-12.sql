-- Before PostgreSQL 12, ALTER TYPE … ADD VALUE cannot run inside a transaction block.
-- pg: 11
-- execute-in-transaction: false
BEGIN;
-- expect: concurrently-in-transaction
ALTER TYPE order_status ADD VALUE 'refunded';
COMMIT;
