-- Purging by age deletes every matching row in one transaction, however many there are.
-- expect: unbatched-delete
DELETE FROM audit_log WHERE created_at < now() - interval '90 days';
