-- execute-in-transaction: false
-- Each statement commits on its own: the application writes without the trigger until the last one.
-- expect: disable-trigger
ALTER TABLE orders DISABLE TRIGGER orders_audit;
UPDATE orders SET total = subtotal + tax WHERE id BETWEEN 1 AND 5000;
ALTER TABLE orders ENABLE TRIGGER orders_audit;
