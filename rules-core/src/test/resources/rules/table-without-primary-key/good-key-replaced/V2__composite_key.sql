-- The key is replaced in the same migration, over an index built beforehand.
ALTER TABLE events DROP CONSTRAINT events_pkey;
ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_tenant_id_id_idx;
