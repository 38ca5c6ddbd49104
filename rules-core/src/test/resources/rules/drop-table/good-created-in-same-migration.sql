-- A staging table created and dropped within the same migration never held production data.
CREATE TABLE customer_staging (id bigint PRIMARY KEY, email text);

INSERT INTO customer_staging (id, email) VALUES (1, 'a@example.com');

UPDATE customers SET email = s.email FROM customer_staging s WHERE customers.id = s.id AND customers.id = 1;

DROP TABLE IF EXISTS customer_staging;
