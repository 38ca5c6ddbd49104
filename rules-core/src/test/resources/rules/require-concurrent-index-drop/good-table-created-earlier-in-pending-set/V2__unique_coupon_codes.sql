-- The index of a table created earlier in the deployment is new, even renamed: nobody waits on its lock.
ALTER TABLE coupons RENAME TO vouchers;
DROP INDEX coupons_code_idx;
CREATE UNIQUE INDEX vouchers_code_key ON vouchers (code);
