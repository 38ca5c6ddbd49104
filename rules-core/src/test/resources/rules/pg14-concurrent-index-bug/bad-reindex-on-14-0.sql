-- REINDEX CONCURRENTLY is affected too.
-- pg: 14.0
-- execute-in-transaction: false
-- expect: pg14-concurrent-index-bug
REINDEX INDEX CONCURRENTLY billing.invoices_customer_id_idx;
