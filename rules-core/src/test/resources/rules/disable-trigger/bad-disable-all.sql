-- ALL also turns off foreign-key enforcement, even if it is enabled again afterwards.
-- expect: disable-trigger
ALTER TABLE billing.payments DISABLE TRIGGER ALL;

DELETE FROM billing.payments WHERE id IN (101, 102, 103);

ALTER TABLE billing.payments ENABLE TRIGGER ALL;
