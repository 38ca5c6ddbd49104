-- The trigger and policy names are short; the long name is the table they are on, created earlier and
-- reported there. A long name referred to (not given) is truncated the same way and still matches.
CREATE TRIGGER addresses_audit AFTER UPDATE ON customer_subscription_billing_address_history_records_archive_2024
    FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE POLICY addresses_tenant ON customer_subscription_billing_address_history_records_archive_2024 USING (true);
ALTER TYPE address_status RENAME VALUE 'pending' TO 'awaiting_verification';
