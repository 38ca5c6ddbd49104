-- IF EXISTS does not make a drop safe; one statement naming a new and an existing table is flagged for the existing one.
CREATE TABLE invoice_import (id bigint PRIMARY KEY, raw text);

-- expect: drop-table
DROP TABLE IF EXISTS invoice_import, billing."Old_Invoices";
