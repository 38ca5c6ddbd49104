-- A join table with only a unique constraint, renamed later in the migration: still reported on its CREATE TABLE.
-- expect: table-without-primary-key
CREATE TABLE app.order_tags (
    order_id bigint NOT NULL,
    tag_id bigint NOT NULL,
    UNIQUE (order_id, tag_id)
);

ALTER TABLE app.order_tags RENAME TO order_tag_links;
