-- A table created in the same migration is empty: the index build is instant.
CREATE TABLE newsletter_subscriptions (
    email      text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE newsletter_subscriptions ADD PRIMARY KEY (email);
