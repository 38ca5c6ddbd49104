-- The script runs outside a transaction, as executeInTransaction=false in its .conf file says.
-- execute-in-transaction: false
REINDEX INDEX CONCURRENTLY orders_customer_id_idx;
ALTER TABLE measurements DETACH PARTITION measurements_2023 CONCURRENTLY;
