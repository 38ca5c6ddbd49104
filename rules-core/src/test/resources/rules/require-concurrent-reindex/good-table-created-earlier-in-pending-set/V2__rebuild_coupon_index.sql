-- Rebuilding an index of a table created earlier in the deployment: the table is empty, nothing waits.
REINDEX INDEX coupons_code_idx;
