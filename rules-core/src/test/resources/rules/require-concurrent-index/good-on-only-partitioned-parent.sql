-- ON ONLY creates the index on the partitioned parent alone, without building anything:
-- the first step of the partitioned-table recipe.
CREATE INDEX measurements_taken_at_idx ON ONLY measurements (taken_at);
