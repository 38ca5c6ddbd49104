-- No column has the domain's type: there are no rows to check.
ALTER DOMAIN phone_number ADD CONSTRAINT phone_number_format CHECK (VALUE ~ '^\+[0-9]+$');
