-- A migration added on this branch: new since the git base, so it is pending, not modified.
ALTER TABLE customers ADD COLUMN phone text;
