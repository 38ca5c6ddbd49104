-- With CASCADE, tables that reference it are emptied too, without being named.
-- expect: truncate
TRUNCATE customers RESTART IDENTITY CASCADE;
