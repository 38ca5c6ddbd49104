-- Rows from constants or pinned by key are over in milliseconds, like INSERT … VALUES.
ALTER TABLE settings ADD COLUMN description text;

INSERT INTO settings (name, value) SELECT 'max_upload_mb', '50'
WHERE NOT EXISTS (SELECT 1 FROM settings WHERE name = 'max_upload_mb');

INSERT INTO settings (name, value) SELECT 'shard_' || n, '' FROM generate_series(1, 4) AS n;

INSERT INTO settings (name, value) SELECT name, value FROM default_settings WHERE id = 7;

INSERT INTO settings (name, value) VALUES ('theme', 'dark');
