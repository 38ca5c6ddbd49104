-- Flyway replaces placeholders inside string literals too: this default fails at deploy.
-- expect: flyway-unknown-placeholder
INSERT INTO settings (key, value) VALUES ('greeting', 'Hello ${customer_name}') ON CONFLICT (key) DO NOTHING;
