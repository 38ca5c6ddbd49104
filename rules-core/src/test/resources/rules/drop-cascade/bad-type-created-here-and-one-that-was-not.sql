-- One of the two types existed before: its dependents go silently.
CREATE TYPE order_state AS ENUM ('new', 'done');

-- expect: drop-cascade
DROP TYPE order_state, legacy_state CASCADE;
