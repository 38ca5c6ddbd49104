-- Every transaction the script opens is closed, by COMMIT or END.
-- execute-in-transaction: false
BEGIN;
ALTER TABLE orders ADD COLUMN note text;
COMMIT;
START TRANSACTION;
ALTER TABLE orders ADD COLUMN tag text;
END;
