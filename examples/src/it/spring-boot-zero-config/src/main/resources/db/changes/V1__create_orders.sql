CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL);
GRANT SELECT, INSERT, UPDATE ON orders TO ${app_role};
