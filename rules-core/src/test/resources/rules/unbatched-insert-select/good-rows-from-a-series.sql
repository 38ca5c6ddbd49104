-- A set-returning function is no table: these rows come from constants, like INSERT … VALUES.
INSERT INTO settings (name, value) SELECT 'shard_' || n, '' FROM generate_series(1, 4) AS n;

INSERT INTO order_tags (tag) SELECT t FROM unnest(ARRAY['gift', 'express']) AS t;
