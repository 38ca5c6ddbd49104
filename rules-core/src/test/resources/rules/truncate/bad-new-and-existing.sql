-- One statement over a new and an existing table is flagged for the existing one.
CREATE TABLE price_import (sku text PRIMARY KEY, price numeric(12, 2));

-- expect: truncate
TRUNCATE price_import, ONLY prices;
