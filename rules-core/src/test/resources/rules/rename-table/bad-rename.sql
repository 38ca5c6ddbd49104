-- Renaming a table breaks every running instance that still uses the old name.
-- expect: rename-table
ALTER TABLE orders RENAME TO purchase_orders;
