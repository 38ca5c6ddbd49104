package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.engine.Engine;
import io.github.migrationguard.engine.EngineConfig;
import io.github.migrationguard.engine.Finding;
import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.source.MigrationVersion;
import io.github.migrationguard.source.ScriptKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages and fixes of the data-loss and compatibility rules for statements naming several tables or undoing
 * themselves, in a Flyway migration (one transaction).
 */
class DataLossFixTest {

    private static Finding finding(String ruleId, String sql) {
        return finding(ruleId, "SELECT 1;", sql);
    }

    /** The one finding of {@code ruleId} in V2, after V1 (each migration its own deployment). */
    private static Finding finding(String ruleId, String v1, String sql) {
        List<Finding> found = new Engine(EngineConfig.defaults()).lint(List.of(script("1", v1), script("2", sql)),
                        List.of())
                .findings().stream().filter(f -> f.ruleId().equals(ruleId) && f.file().startsWith("V2")).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static MigrationScript script(String version, String sql) {
        return new MigrationScript("V" + version + "__change.sql", ScriptKind.VERSIONED,
                Optional.of(MigrationVersion.parse(version)), "change", sql, Optional.empty());
    }

    @Test
    void dropOfSeveralTablesSpeaksOfThemAndKeepsDroppingTheNewOnes() {
        Finding f = finding("drop-table", "CREATE TABLE import_rows (id bigint);\nDROP TABLE orders, import_rows, customers;");
        assertThat(f.message()).contains("existing tables \"orders\", \"customers\" deletes all their rows",
                "still using them;").doesNotContain("import_rows");
        assertThat(f.fix()).startsWith("-- The tables created in this deployment can go now:\nDROP TABLE import_rows;\n")
                .contains("ALTER TABLE orders RENAME TO orders_retired;", "DROP TABLE IF EXISTS customers_retired;");
    }

    @Test
    void truncateCascadeOfSeveralTablesSpeaksOfThem() {
        assertThat(finding("truncate", "TRUNCATE orders, customers CASCADE;").message())
                .contains("every table that references them through a foreign key");
    }

    @Test
    void disableTriggerAllEnabledAgainInTheTransactionSaysWhatItStillCosts() {
        Finding f = finding("disable-trigger", """
                ALTER TABLE payments DISABLE TRIGGER ALL;
                DELETE FROM payments WHERE id IN (1, 2);
                ALTER TABLE payments ENABLE TRIGGER ALL;
                """);
        assertThat(f.message()).contains("until the migration enables them again in the same transaction",
                "the migration's own writes skip the foreign-key checks").doesNotContain("skip them until");
        assertThat(f.fix()).contains("ALTER TABLE payments DISABLE TRIGGER USER;", "ALTER TABLE payments ENABLE TRIGGER USER;");
    }

    @Test
    void disableTriggerUserSpeaksOfThem() {
        assertThat(finding("disable-trigger", "ALTER TABLE orders DISABLE TRIGGER USER;").message())
                .contains("the application's writes skip them until someone enables them again");
    }

    @Test
    void renamingAViewColumnShowsBothNamesInsteadOfAddingAndBackfillingAColumn() {
        Finding view = finding("rename-column", "CREATE VIEW open_orders AS SELECT id, status FROM orders;",
                "ALTER TABLE open_orders RENAME COLUMN status TO state;");
        assertThat(view.message()).contains("on existing view \"open_orders\"");
        assertThat(view.fix()).contains("CREATE OR REPLACE VIEW open_orders AS SELECT <its columns as today>, status AS state")
                .doesNotContain("ADD COLUMN", "UPDATE");
        assertThat(finding("rename-column", "ALTER MATERIALIZED VIEW daily RENAME COLUMN total TO amount;").fix())
                .contains("CREATE MATERIALIZED VIEW daily_next AS SELECT <its columns as today>, total AS amount")
                .doesNotContain("ADD COLUMN", "UPDATE");
    }
}
