INSERT INTO t (s) VALUES ('a;b');
INSERT INTO t (s) VALUES ('it''s; fine');
INSERT INTO t (s) VALUES ('multi
line; string');
SELECT '--not a comment;', '/* nor this; */';
