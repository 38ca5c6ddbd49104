-- A migration that runs in a transaction is rolled back as a whole when it fails.
CREATE INDEX orders_status_idx ON orders (status);
DROP INDEX orders_legacy_idx;
