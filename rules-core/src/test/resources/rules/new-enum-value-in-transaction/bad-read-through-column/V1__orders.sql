CREATE TYPE order_status AS ENUM ('new', 'paid');
CREATE TABLE orders (id bigint PRIMARY KEY, status order_status NOT NULL);
CREATE TABLE order_notes (order_id bigint PRIMARY KEY, note text NOT NULL);
