-- An upsert over a join, and a copy inside a function body (every call copies everything).
-- expect: unbatched-insert-select
INSERT INTO customer_stats (customer_id, order_count)
SELECT c.id, count(o.id) FROM customers c JOIN orders o ON o.customer_id = c.id GROUP BY c.id
ON CONFLICT (customer_id) DO UPDATE SET order_count = EXCLUDED.order_count;

CREATE OR REPLACE FUNCTION snapshot_balances() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  -- expect: unbatched-insert-select
  INSERT INTO balance_history (account_id, balance) SELECT id, balance FROM accounts;
END
$$;
