CREATE TABLE g (id int);
-- the end; really
/* closing */
