-- DETACH … CONCURRENTLY, in a migration that runs outside a transaction.
-- execute-in-transaction: false
ALTER TABLE measurements DETACH PARTITION measurements_2023 CONCURRENTLY;
