CREATE TABLE a (id int);

ALTER TABLE a
  ADD COLUMN b int;
DROP TABLE a;
