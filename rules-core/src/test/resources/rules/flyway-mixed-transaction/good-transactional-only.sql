-- Only statements that run in a transaction: nothing to mix.
ALTER TABLE orders ADD COLUMN note text;

CREATE INDEX orders_note_idx ON orders (note);
