-- New tables lock nothing anyone waits on; CONCURRENTLY takes SHARE UPDATE EXCLUSIVE only.
-- execute-in-transaction: false
CREATE TABLE coupons (
    id   bigint PRIMARY KEY,
    code text NOT NULL
);
ALTER TABLE coupons ADD COLUMN expires_at timestamptz;
CREATE INDEX CONCURRENTLY orders_note_idx ON orders (note);
