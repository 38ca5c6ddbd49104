-- Retyping to timestamp, and an array of timestamps, in a schema-qualified quoted table.
-- expect: prefer-timestamptz
ALTER TABLE billing."Invoices" ALTER COLUMN due_at TYPE timestamp USING due_at::timestamp;

-- expect: prefer-timestamptz
ALTER TABLE billing."Invoices" ADD COLUMN reminder_times timestamp[];
