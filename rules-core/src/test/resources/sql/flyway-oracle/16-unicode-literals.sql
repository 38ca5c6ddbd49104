SELECT U&'d\0061t;a';
SELECT U&"d\0061t;a" FROM t;
SELECT 'café; naïve', 表 FROM t;
