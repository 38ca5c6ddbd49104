-- DELETE ... ORDER BY ... LIMIT fails too, even on a table created in the same migration.
CREATE TABLE event_buffer (id bigserial PRIMARY KEY, payload jsonb);

-- expect: update-with-limit
DELETE FROM event_buffer ORDER BY id LIMIT 1000;

-- expect: update-with-limit
DELETE FROM events WHERE created_at < '2021-01-01' LIMIT 1000;
