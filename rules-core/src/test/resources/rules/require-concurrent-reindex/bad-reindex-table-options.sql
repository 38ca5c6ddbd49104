-- Options in parentheses and a schema-qualified table: every index of "billing.invoices" is rebuilt under lock.
SET lock_timeout = '5s';

-- expect: require-concurrent-reindex
REINDEX (VERBOSE) TABLE billing.invoices;
