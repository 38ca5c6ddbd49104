-- Dropping an index without CONCURRENTLY takes ACCESS EXCLUSIVE on its table.
-- expect: require-concurrent-index-drop
DROP INDEX orders_status_idx;
