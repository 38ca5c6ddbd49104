-- A migration that only validates a constraint added by an earlier migration.
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_fkey;
