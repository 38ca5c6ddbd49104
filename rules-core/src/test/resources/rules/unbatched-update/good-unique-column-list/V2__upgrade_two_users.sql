-- At most two rows.
UPDATE users SET plan = 'pro' WHERE email IN ('ada@example.com', 'grace@example.com');
