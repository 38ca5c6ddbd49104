-- A domain chooses the type of every column declared with it.
-- expect: prefer-timestamptz
CREATE DOMAIN event_time AS timestamp(3) NOT NULL;
