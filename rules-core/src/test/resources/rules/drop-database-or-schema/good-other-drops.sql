-- Creating schemas and dropping objects inside them is left to the other rules.
CREATE SCHEMA IF NOT EXISTS reporting;

DROP VIEW IF EXISTS reporting.daily_revenue;

DROP FUNCTION IF EXISTS reporting.refresh_all();
