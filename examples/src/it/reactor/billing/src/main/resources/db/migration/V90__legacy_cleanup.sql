-- Imported from the old system: reviewed, informational only.
DROP TABLE invoices;
