-- On a partitioned table the build locks the parent and every partition; CONCURRENTLY is refused there,
-- so the fix is the ON ONLY recipe, spelled out for each partition.
-- expect: require-concurrent-index
CREATE INDEX measurements_sensor_id_idx ON measurements (sensor_id);
