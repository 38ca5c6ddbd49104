-- ALTER TABLE holds the strongest lock of all its actions for the whole statement: validating in the
-- statement that adds the constraint scans under its SHARE ROW EXCLUSIVE lock, on both tables.
-- expect: validate-in-same-transaction
ALTER TABLE orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID,
    VALIDATE CONSTRAINT orders_customer_id_fkey;
