-- Moving a table to another tablespace or switching it to LOGGED rewrites it under ACCESS EXCLUSIVE.
SET lock_timeout = '5s';

-- expect: rewrite-or-full-lock
ALTER TABLE events SET TABLESPACE fast_ssd;

-- expect: rewrite-or-full-lock
ALTER TABLE import_staging SET LOGGED;
