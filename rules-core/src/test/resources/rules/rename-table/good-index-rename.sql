-- Renaming an index or a column of an existing table is not a table rename.
ALTER INDEX orders_customer_idx RENAME TO orders_customer_id_idx;
