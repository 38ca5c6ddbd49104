-- A domain chooses the type of every column declared with it.
-- expect: ban-money
CREATE DOMAIN price AS money NOT NULL;
