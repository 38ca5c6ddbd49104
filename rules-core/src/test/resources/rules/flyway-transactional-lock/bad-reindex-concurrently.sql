-- REINDEX CONCURRENTLY waits for older snapshots the same way.
-- execute-in-transaction: false
-- expect: flyway-transactional-lock
REINDEX INDEX CONCURRENTLY invoices_number_key;
