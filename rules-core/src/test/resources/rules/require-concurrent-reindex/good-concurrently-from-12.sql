-- From PostgreSQL 12, REINDEX CONCURRENTLY keeps reads and writes going; it runs outside a transaction.
-- pg: 12
-- execute-in-transaction: false
REINDEX INDEX CONCURRENTLY orders_customer_id_idx;
REINDEX (CONCURRENTLY, VERBOSE) TABLE billing.invoices;
