-- Amounts as numeric with an explicit scale, or integer minor units.
CREATE TABLE invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    amount numeric(19, 4) NOT NULL,
    amount_cents bigint,
    currency text NOT NULL CHECK (length(currency) = 3)
);
