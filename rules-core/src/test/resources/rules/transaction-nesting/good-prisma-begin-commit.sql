-- Prisma sends the whole file as one query string, which PostgreSQL runs in an implicit transaction:
-- BEGIN turns it into an explicit one without a warning, and the final COMMIT ends it where the string ends.
-- runner: prisma
BEGIN;
ALTER TABLE orders ADD COLUMN status text;
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';
COMMIT;
