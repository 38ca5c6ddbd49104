-- A ROLLBACK inside the runner's transaction silently discards what the migration did before it.
-- expect: transaction-nesting
START TRANSACTION;
UPDATE feature_flags SET enabled = true WHERE name = 'new_checkout';
-- expect: transaction-nesting
ROLLBACK;
