-- JSqlParser cannot read an UPDATE of a table named settings; its WHERE is still read: one row.
UPDATE settings SET value = 'dark' WHERE id = 1;

DELETE FROM settings WHERE name IN ('legacy_theme', 'legacy_font');
