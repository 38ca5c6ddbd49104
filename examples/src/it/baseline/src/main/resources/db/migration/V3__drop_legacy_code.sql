-- Fixed: the column stays until the billing service has moved; only mark it.
COMMENT ON COLUMN orders.legacy_code IS 'deprecated: moved to the billing service';
