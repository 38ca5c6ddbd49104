-- Existing columns that the running code reads as never null.
-- expect: drop-not-null
ALTER TABLE orders ALTER COLUMN shipped_at DROP NOT NULL;

-- expect: drop-not-null
ALTER TABLE billing."Invoices"
    ALTER COLUMN due_date DROP NOT NULL,
    ALTER COLUMN "paymentTerms" DROP NOT NULL;
