-- A concurrent index build outside a transaction and a plain UPDATE: no strong lock is held by the transaction.
-- execute-in-transaction: false
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);

UPDATE orders SET status = 'new' WHERE id BETWEEN 1 AND 1000;
