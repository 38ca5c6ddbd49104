-- A statement-level trigger function copies the rows its DELETE removed (the transition table "old_rows")
-- into a queue: it runs inside each application DELETE, never as a migration backfill, so nothing is flagged.
CREATE OR REPLACE FUNCTION queue_deleted_layers()
    RETURNS TRIGGER
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO blob_review_queue (blob_id, reason)
    SELECT DISTINCT deleted.layer_blob_id, 'layer_delete'
    FROM old_rows deleted
    JOIN blobs b ON b.blob_id = deleted.layer_blob_id
    ON CONFLICT (blob_id) DO NOTHING;
    RETURN NULL;
END;
$$;

CREATE TRIGGER layers_deleted
    AFTER DELETE ON layers
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION queue_deleted_layers();
