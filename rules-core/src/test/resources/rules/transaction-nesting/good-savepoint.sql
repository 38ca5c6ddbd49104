-- Savepoints nest inside the runner's transaction as intended.
SAVEPOINT before_cleanup;
DELETE FROM sessions WHERE id = 7;
RELEASE SAVEPOINT before_cleanup;
