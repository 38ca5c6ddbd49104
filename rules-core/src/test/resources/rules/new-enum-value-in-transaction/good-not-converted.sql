-- None of these turns 'refunded' into an order_status: a comment, a label in a text column of a table the
-- migration created, a PL/pgSQL body (read at its first call, after the commit), and RENAME VALUE.
CREATE TABLE order_status_labels (code text PRIMARY KEY, label text NOT NULL);
ALTER TYPE order_status ADD VALUE 'refunded';
COMMENT ON TYPE order_status IS 'refunded';
INSERT INTO order_status_labels (code, label) VALUES ('refunded', 'Refunded');
CREATE FUNCTION mark_refunded(order_id bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    UPDATE orders SET status = 'refunded' WHERE id = order_id;
END
$$;
ALTER TYPE order_status RENAME VALUE 'refunded' TO 'refund_issued';
