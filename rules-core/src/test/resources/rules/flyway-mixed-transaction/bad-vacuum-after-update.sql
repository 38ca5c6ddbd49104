-- VACUUM cannot run in a transaction either; reported once, on the first statement Flyway runs outside one.
UPDATE settings SET value = 'on' WHERE id = 7;

-- expect: flyway-mixed-transaction
VACUUM ANALYZE settings;

VACUUM ANALYZE feature_flags;
