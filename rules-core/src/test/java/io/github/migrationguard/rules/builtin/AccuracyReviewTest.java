package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.engine.Engine;
import io.github.migrationguard.engine.EngineConfig;
import io.github.migrationguard.engine.Finding;
import io.github.migrationguard.source.MigrationScript;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages and fixes the accuracy review (ACCURACY.md) found wrong on real migrations, checked end to
 * end (lexer, frontends, catalog, rule) on statements shaped like the ones reviewed.
 */
class AccuracyReviewTest {

    private static List<Finding> lint(String ruleId, String sql) {
        return lint(ruleId, List.of(MigrationScript.plain("V2__change.sql", sql)));
    }

    private static List<Finding> lint(String ruleId, List<MigrationScript> scripts) {
        return new Engine(EngineConfig.defaults()).lint(scripts, List.of())
                .findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Test
    void foreignKeyReAddedAfterItsDropKeepsTheDropAndItsOnDeleteInTheFix() {
        List<Finding> found = lint("add-foreign-key", """
                ALTER TABLE datasets
                DROP CONSTRAINT datasets_source_uuid_fkey,
                ADD CONSTRAINT datasets_source_uuid_fkey
                  FOREIGN KEY (source_uuid)
                  REFERENCES sources(uuid)
                  ON DELETE CASCADE;
                """);

        assertThat(found).singleElement().satisfies(f -> assertThat(f.fix()).startsWith("""
                ALTER TABLE datasets
                DROP CONSTRAINT datasets_source_uuid_fkey,
                ADD CONSTRAINT datasets_source_uuid_fkey
                  FOREIGN KEY (source_uuid)
                  REFERENCES sources(uuid)
                  ON DELETE CASCADE NOT VALID;
                """).contains("ALTER TABLE datasets VALIDATE CONSTRAINT datasets_source_uuid_fkey;"));
    }

    @Test
    void unnamedCheckAmongOtherActionsIsNamedInPlace() {
        List<Finding> found = lint("add-check-constraint",
                "ALTER TABLE orders ADD COLUMN note text CHECK (length(note) < 500), ADD CHECK (amount > 0);");

        assertThat(found).singleElement().satisfies(f -> assertThat(f.fix()).startsWith(
                "ALTER TABLE orders ADD COLUMN note text CHECK (length(note) < 500), "
                        + "ADD CONSTRAINT orders_check CHECK (amount > 0) NOT VALID;"));
    }

    @Test
    void droppingAnIndexBlocksItsTableAndTheLockTimeoutFindingSaysWhichOne() {
        List<Finding> found = lint("lock-timeout", List.of(
                MigrationScript.plain("V1__users.sql", """
                        CREATE TABLE users (id bigint PRIMARY KEY, email text);
                        CREATE INDEX users_email_idx ON users (email);
                        """),
                MigrationScript.plain("V2__drop_index.sql", "DROP INDEX users_email_idx;")));

        assertThat(found).singleElement().satisfies(f -> assertThat(f.message())
                .contains("on \"users\" (the table of index \"users_email_idx\")",
                        "every later read and write on \"users\" (the table of index")
                .doesNotContain("existing relation \"users_email_idx\""));
    }

    @Test
    void anIndexTheCatalogDoesNotKnowIsStillNotCalledARelationThatIsRead() {
        List<Finding> found = lint("lock-timeout", "DROP INDEX IF EXISTS users_instance_id_email_idx;");

        assertThat(found).singleElement().satisfies(f -> assertThat(f.message())
                .contains("ACCESS EXCLUSIVE lock on the table of index \"users_instance_id_email_idx\""));
    }

    @Test
    void renameColumnBackfillUsesTheKeyAndTypeTheCatalogKnowsInsteadOfAnIdColumn() {
        List<Finding> byUuid = lint("rename-column", List.of(
                MigrationScript.plain("V1__jobs.sql", "CREATE TABLE jobs (uuid uuid PRIMARY KEY, name varchar(255));"),
                MigrationScript.plain("V2__rename.sql", "ALTER TABLE jobs RENAME COLUMN name TO simple_name;")));
        List<Finding> byInteger = lint("rename-column", List.of(
                MigrationScript.plain("V1__jobs.sql", "CREATE TABLE jobs (job_id serial PRIMARY KEY, name text);"),
                MigrationScript.plain("V2__rename.sql", "ALTER TABLE jobs RENAME COLUMN name TO simple_name;")));

        assertThat(byUuid).singleElement().satisfies(f -> assertThat(f.fix())
                .contains("ALTER TABLE jobs ADD COLUMN simple_name varchar(255);",
                        "UPDATE jobs SET simple_name = name WHERE uuid IN (SELECT uuid FROM jobs WHERE simple_name IS NULL "
                                + "AND name IS NOT NULL LIMIT 1000);  -- repeat until it updates no row")
                .doesNotContain("id >= 1"));
        assertThat(byInteger).singleElement().satisfies(f -> assertThat(f.fix())
                .contains("WHERE job_id >= 1 AND job_id < 1001 AND simple_name IS NULL AND name IS NOT NULL;  "
                        + "-- then the next ranges of 1000 up to max(job_id)"));
    }
}
