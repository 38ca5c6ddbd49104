-- Flyway runs both statements in one transaction: the scan runs under the lock of ADD CONSTRAINT.
SET lock_timeout = '5s';
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey
    FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
-- expect: validate-in-same-transaction
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_fkey;
