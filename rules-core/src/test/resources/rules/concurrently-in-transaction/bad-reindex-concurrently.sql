-- Flyway runs REINDEX … CONCURRENTLY inside its transaction unless told otherwise: the deploy fails.
-- expect: concurrently-in-transaction
REINDEX INDEX CONCURRENTLY orders_customer_id_idx;
