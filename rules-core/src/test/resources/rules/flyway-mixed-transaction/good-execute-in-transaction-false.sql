-- executeInTransaction=false in the script's .conf: Flyway runs every statement on its own and does not check mixing.
-- execute-in-transaction: false
SET lock_timeout = '5s';

CREATE INDEX CONCURRENTLY IF NOT EXISTS payments_customer_id_idx ON payments (customer_id);
