-- varchar(40) to varchar(80) or text is binary-coercible: no rewrite, a brief lock only.
ALTER TABLE customers ADD COLUMN phone varchar(40);
ALTER TABLE customers ALTER COLUMN phone TYPE varchar(80);
ALTER TABLE customers ALTER COLUMN phone TYPE text;
