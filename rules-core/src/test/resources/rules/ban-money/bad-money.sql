-- money columns in a new table and retyping an existing column to money.
-- expect: ban-money
CREATE TABLE invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    amount money NOT NULL
);

-- expect: ban-money
ALTER TABLE payments ALTER COLUMN fee TYPE money;
