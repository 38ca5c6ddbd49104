-- customers was created before this deployment: the index build blocks its writes.
SET lock_timeout = '5s';
CREATE INDEX customers_email_idx ON customers (email);
