-- A new table stays new when renamed: renaming its columns afterwards is fine too.
CREATE TABLE tmp_vouchers (id bigint PRIMARY KEY, val numeric(10, 2));

ALTER TABLE tmp_vouchers RENAME TO vouchers;

ALTER TABLE vouchers RENAME COLUMN val TO amount;
