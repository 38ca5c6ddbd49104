-- A table created earlier in the same migration is empty and unused: filling it needs no batching.
CREATE TABLE user_preferences (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL,
    theme text
);

INSERT INTO user_preferences (user_id) SELECT id FROM users WHERE id BETWEEN 1 AND 1000;

UPDATE user_preferences SET theme = 'light';
