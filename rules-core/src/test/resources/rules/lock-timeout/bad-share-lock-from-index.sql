-- A plain CREATE INDEX waits for a SHARE lock; every later write queues behind it.
-- A COMMENT takes no strong lock and is not the statement named.
COMMENT ON TABLE orders IS 'customer orders';
-- expect: lock-timeout
CREATE INDEX orders_note_idx ON orders (note);
