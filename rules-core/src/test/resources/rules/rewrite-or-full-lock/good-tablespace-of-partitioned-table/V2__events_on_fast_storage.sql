-- A partitioned table has no storage of its own: this moves nothing, it only sets where future partitions go.
ALTER TABLE events SET TABLESPACE fast_ssd;
