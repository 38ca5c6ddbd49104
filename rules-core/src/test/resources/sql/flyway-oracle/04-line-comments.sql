-- header comment
-- second line; with a semicolon
CREATE TABLE c (id int); -- trailing; comment
-- before
INSERT INTO c VALUES (1); -- one
INSERT INTO c VALUES (2);
