-- TRUNCATE empties an existing table under an ACCESS EXCLUSIVE lock.
-- expect: truncate
TRUNCATE TABLE report_cache;
