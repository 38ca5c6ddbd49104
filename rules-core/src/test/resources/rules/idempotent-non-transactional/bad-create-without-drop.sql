-- A failed concurrent build leaves an INVALID index; IF NOT EXISTS then skips it on retry and keeps it.
-- execute-in-transaction: false
-- expect: idempotent-non-transactional
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_customer_id_idx ON orders (customer_id);
