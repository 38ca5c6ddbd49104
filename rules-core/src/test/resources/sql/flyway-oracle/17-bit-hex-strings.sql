SELECT B'0101', X'1F';
SELECT N'nat;ional';
