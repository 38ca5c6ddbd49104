-- Unnamed, inside a DO block: still a full check under ACCESS EXCLUSIVE.
DO $$
BEGIN
    -- expect: add-check-constraint
    ALTER TABLE "Shop"."Products" ADD CHECK (price > 0);
END
$$;
