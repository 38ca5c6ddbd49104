CREATE TABLE e (a int, b text);
COPY e (a, b) FROM stdin;
1	one;
2	two
\.
SELECT count(*) FROM e;
