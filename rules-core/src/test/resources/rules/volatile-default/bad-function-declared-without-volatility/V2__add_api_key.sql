-- A volatile default is computed for every row: the table and its indexes are rewritten.
-- expect: volatile-default
ALTER TABLE tenants ADD COLUMN api_key text DEFAULT app.new_api_key();
