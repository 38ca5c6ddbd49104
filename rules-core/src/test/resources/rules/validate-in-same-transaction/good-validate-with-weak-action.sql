-- Storage parameters take SHARE UPDATE EXCLUSIVE, as VALIDATE does: reads and writes go on during the scan.
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive, SET (fillfactor = 90);
