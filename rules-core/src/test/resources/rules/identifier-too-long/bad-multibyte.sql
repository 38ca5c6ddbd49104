-- 57 characters, but non-ASCII letters take two bytes each in UTF-8: 64 bytes.
-- expect: identifier-too-long
CREATE TABLE "überweisungsaufträge_für_geschäftskunden_der_ölmühlen_süd" (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY
);

-- expect: identifier-too-long
ALTER TABLE orders RENAME COLUMN note TO note_entered_by_the_customer_service_agent_during_the_phone_call;
