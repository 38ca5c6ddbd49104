-- A misspelt rule id suppresses nothing.
-- expect: unused-suppression
-- migration-guard:ignore require-concurent-index -- typo in the id
CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);
