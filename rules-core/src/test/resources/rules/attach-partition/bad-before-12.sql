-- Before PostgreSQL 12 the parent is locked ACCESS EXCLUSIVE too; a DEFAULT partition is always scanned.
-- pg: 11
SET lock_timeout = '5s';

-- expect: attach-partition
ALTER TABLE sales.orders ATTACH PARTITION sales.orders_legacy DEFAULT;
