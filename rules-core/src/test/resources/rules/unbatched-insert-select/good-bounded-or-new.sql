-- Bounded by a key range or LIMIT, filling a table created in this migration, and plain VALUES.
INSERT INTO order_archive (id, customer_id, total)
SELECT id, customer_id, total FROM orders WHERE id >= 1 AND id < 10001 AND status = 'done';

INSERT INTO order_archive (id, customer_id, total)
SELECT id, customer_id, total FROM orders WHERE status = 'done' ORDER BY id LIMIT 1000;

CREATE TABLE customer_tiers (customer_id bigint PRIMARY KEY, tier text NOT NULL);
INSERT INTO customer_tiers (customer_id, tier) SELECT id, 'basic' FROM customers;

INSERT INTO settings (key, value) VALUES ('archive.enabled', 'true');
