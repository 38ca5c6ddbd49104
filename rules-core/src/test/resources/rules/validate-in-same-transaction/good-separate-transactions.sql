-- Outside a transaction the ADD commits first; VALIDATE then takes only SHARE UPDATE EXCLUSIVE.
-- execute-in-transaction: false
SET lock_timeout = '5s';
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey
    FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_fkey;
