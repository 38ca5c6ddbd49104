-- Shrinking varchar(40) to varchar(20) must check (and rewrite) every row.
ALTER TABLE customers ADD COLUMN phone varchar(40);
-- expect: change-column-type
ALTER TABLE customers ALTER COLUMN phone TYPE varchar(20);
