-- A named trigger turned off and never turned back on.
-- expect: disable-trigger
ALTER TABLE orders DISABLE TRIGGER orders_audit;

UPDATE orders SET total = subtotal + tax WHERE id BETWEEN 1 AND 5000;
