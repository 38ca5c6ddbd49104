-- The first step of the recipe: NOT VALID checks no existing row; VALIDATE follows in another migration.
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey
    FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
