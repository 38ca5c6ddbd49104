-- Triggers, policies, types, domains and schemas are cut to 63 bytes too, and so is a sequence's new name.
-- expect: identifier-too-long
CREATE TRIGGER trg_customer_subscription_billing_address_history_audit_after_update
    AFTER UPDATE ON customer_addresses FOR EACH ROW EXECUTE FUNCTION audit_row();

-- expect: identifier-too-long
CREATE POLICY customer_subscription_billing_address_tenant_isolation_policy_v2 ON customer_addresses
    USING (tenant_id = current_setting('app.tenant_id')::bigint);

-- expect: identifier-too-long
CREATE TYPE customer_subscription_billing_address_verification_status_v2_enum AS ENUM ('pending', 'verified');

-- expect: identifier-too-long
CREATE DOMAIN customer_subscription_billing_address_postal_code_with_validation AS text;

-- expect: identifier-too-long
CREATE SCHEMA IF NOT EXISTS customer_subscription_billing_reporting_snapshots_archive_2024_2025;

-- expect: identifier-too-long
ALTER SEQUENCE customer_addresses_id_seq RENAME TO customer_subscription_billing_address_change_history_entries_id_seq;
