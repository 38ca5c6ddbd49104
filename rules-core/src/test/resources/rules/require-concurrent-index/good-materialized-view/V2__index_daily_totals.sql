-- Nothing writes to a materialized view: the SHARE lock of the build only holds up a REFRESH, reads go on.
CREATE UNIQUE INDEX daily_totals_day_key ON daily_totals (day);
