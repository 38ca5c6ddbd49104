-- With mixed=true Flyway accepts it but runs everything without a transaction: a failure leaves it half applied.
-- mixed: true
CREATE TABLE tags (id bigint PRIMARY KEY, name text NOT NULL);

-- expect: flyway-mixed-transaction
DROP INDEX CONCURRENTLY IF EXISTS products_name_idx;

CREATE INDEX CONCURRENTLY products_name_lower_idx ON products (lower(name));
