SET lock_timeout = '5s';
ALTER TABLE customers ALTER COLUMN region SET NOT NULL;
