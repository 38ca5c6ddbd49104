CREATE INDEX CONCURRENTLY IF NOT EXISTS invoices_number_idx ON sales.invoices (number);
