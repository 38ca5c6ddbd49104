-- Every column of the composite key pinned: one row, or a few.
UPDATE user_roles SET granted_by = 'admin' WHERE user_id = 7 AND role_id = 3;
UPDATE user_roles SET granted_by = 'admin' WHERE role_id IN (1, 2) AND user_id = 7;

-- One column of it alone is no key: every role of the user.
-- expect: unbatched-update
UPDATE user_roles SET granted_by = 'admin' WHERE user_id = 7;
