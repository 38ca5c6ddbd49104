-- A conditional drop inside a DO block is still a drop.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM information_schema.columns
             WHERE table_name = 'orders' AND column_name = 'coupon_code') THEN
    -- expect: drop-column
    ALTER TABLE orders DROP COLUMN coupon_code;
  END IF;
END
$$;
