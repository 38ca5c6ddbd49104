-- NOT VALID checks only new rows; VALIDATE in a later migration takes SHARE UPDATE EXCLUSIVE.
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0) NOT VALID;
