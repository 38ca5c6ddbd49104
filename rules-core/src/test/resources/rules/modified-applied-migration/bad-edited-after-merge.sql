-- This migration was on origin/main already and someone added a column to it afterwards.
-- modified-since: origin/main
-- expect: modified-applied-migration
CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL);

ALTER TABLE customers ADD COLUMN phone text;
