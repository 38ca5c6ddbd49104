-- A LANGUAGE sql body is parsed when the function is created, and a domain's CHECK when the domain is:
-- both convert 'refunded' to the type at once and fail.
ALTER TYPE order_status ADD VALUE 'refunded';
-- expect: new-enum-value-in-transaction
CREATE FUNCTION is_refunded(s order_status) RETURNS boolean LANGUAGE sql AS $$ SELECT s = 'refunded' $$;
-- expect: new-enum-value-in-transaction
CREATE DOMAIN open_order_status AS order_status CHECK (VALUE <> 'refunded');
