-- Filters on non-key values (a status, IS NULL) do not bound how many rows one transaction changes.
-- expect: unbatched-update
UPDATE orders
SET status = 'archived'
WHERE status = 'done' AND created_at < now() - interval '1 year';

-- expect: unbatched-update
UPDATE app."UserSettings" SET locale = 'en' WHERE locale IS NULL;
