-- Off and on again within the runner's transaction: the lock keeps the application's writes out meanwhile,
-- so only the migration's own change skips the audit trigger.
ALTER TABLE orders DISABLE TRIGGER orders_audit;
UPDATE orders SET total = subtotal + tax WHERE id BETWEEN 1 AND 5000;
ALTER TABLE orders ENABLE TRIGGER orders_audit;

ALTER TABLE invoices DISABLE TRIGGER USER;
UPDATE invoices SET currency = 'EUR' WHERE id BETWEEN 1 AND 5000;
ALTER TABLE invoices ENABLE TRIGGER ALL;
