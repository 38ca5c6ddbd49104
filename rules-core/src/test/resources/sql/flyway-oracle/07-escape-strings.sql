INSERT INTO t (s) VALUES (E'it\'s; escaped');
INSERT INTO t (s) VALUES (E'back\\');
SELECT 1;
