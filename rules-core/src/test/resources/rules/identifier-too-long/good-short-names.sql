-- Names of at most 63 bytes (this index name is exactly 63).
CREATE INDEX idx_customer_subscription_invoices_customer_billing_period_star
    ON customer_subscription_invoices (customer_id, billing_period_start);

CREATE TABLE "überweisungen" (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY
);
