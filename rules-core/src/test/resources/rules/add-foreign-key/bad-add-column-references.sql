-- ADD COLUMN … REFERENCES scans nothing, but takes ACCESS EXCLUSIVE here and SHARE ROW EXCLUSIVE on coupons.
-- expect: add-foreign-key
ALTER TABLE orders ADD COLUMN coupon_id bigint REFERENCES coupons (id);
