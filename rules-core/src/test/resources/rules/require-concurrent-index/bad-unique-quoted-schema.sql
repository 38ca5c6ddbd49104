-- Schema-qualified, quoted names and IF NOT EXISTS: still a SHARE lock for the whole unique index build.
-- expect: require-concurrent-index
CREATE UNIQUE INDEX IF NOT EXISTS "UsersEmailLower" ON crm."Users" (lower(email));
