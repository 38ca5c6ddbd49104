-- pg: 14.3
-- execute-in-transaction: false
-- An unnamed index: the fix rebuilds it by the name PostgreSQL gives it.
-- expect: pg14-concurrent-index-bug
CREATE INDEX CONCURRENTLY ON billing.invoices (customer_id, created_at);
