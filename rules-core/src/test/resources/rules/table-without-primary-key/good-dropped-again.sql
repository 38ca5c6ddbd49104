-- A scratch table dropped before the migration ends is not left without a key.
CREATE TABLE tmp_customer_ids (customer_id bigint);

INSERT INTO tmp_customer_ids SELECT id FROM customers WHERE id BETWEEN 1 AND 1000;

DROP TABLE tmp_customer_ids;
