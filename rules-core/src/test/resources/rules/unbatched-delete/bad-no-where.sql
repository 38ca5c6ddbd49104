-- Emptying an existing table with DELETE locks every row and writes every row to the WAL in one transaction.
-- expect: unbatched-delete
DELETE FROM public.sessions;
