-- An index name and a constraint name longer than 63 bytes: PostgreSQL would cut both.
-- expect: identifier-too-long
CREATE INDEX idx_customer_subscription_invoices_on_customer_id_and_billing_period_start
    ON customer_subscription_invoices (customer_id, billing_period_start);

-- expect: identifier-too-long
ALTER TABLE customer_subscription_invoices
    ADD CONSTRAINT customer_subscription_invoices_billing_period_end_after_start_check
    CHECK (billing_period_end > billing_period_start) NOT VALID;
