-- Schema-qualified, quoted and IF EXISTS: still a rename of an existing table.
-- expect: rename-table
ALTER TABLE IF EXISTS shop."LineItems" RENAME TO line_items;
