-- A COMMIT before the end of a Prisma migration commits the first part; the rest runs in a new implicit
-- transaction, so a failure there leaves the migration half applied.
-- runner: prisma
BEGIN;
ALTER TABLE orders ADD COLUMN status text;
-- expect: transaction-nesting
COMMIT;
ALTER TABLE orders ADD COLUMN note text;
