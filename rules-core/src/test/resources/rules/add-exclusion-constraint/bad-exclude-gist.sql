-- An exclusion constraint builds its index and checks every row under ACCESS EXCLUSIVE; no NOT VALID form exists.
SET lock_timeout = '5s';

-- expect: add-exclusion-constraint
ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&);
