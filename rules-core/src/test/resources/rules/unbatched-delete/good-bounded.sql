-- Deletes bounded by key: a list of ids, one id, or a batch of keys picked with LIMIT.
DELETE FROM "Feature_Flags" WHERE id = 42;

DELETE FROM app.sessions WHERE user_id IN (1001, 1002, 1003);

DELETE FROM audit_log
WHERE id IN (SELECT id FROM audit_log WHERE created_at < '2020-01-01' LIMIT 1000);
