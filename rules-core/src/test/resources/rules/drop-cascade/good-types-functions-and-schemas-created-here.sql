-- Created earlier in this migration: nothing outside it can depend on them yet.
CREATE TYPE order_state AS ENUM ('new', 'done');
CREATE TYPE money_pair AS (amount numeric, currency text);
CREATE FUNCTION order_total(bigint) RETURNS numeric LANGUAGE sql AS 'SELECT 0::numeric';
CREATE SCHEMA IF NOT EXISTS scratch;

DROP TYPE order_state, money_pair CASCADE;
DROP FUNCTION order_total(bigint) CASCADE;
DROP SCHEMA scratch CASCADE;
