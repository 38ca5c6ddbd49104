-- A suppression with a reason that silences a real finding is fine.
-- migration-guard:ignore unanalyzed-statement -- vendor extension syntax, reviewed by hand
FROBNICATE TABLE orders;
