package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.PgVersion;
import io.github.migrationguard.engine.DeploymentScope;
import io.github.migrationguard.engine.Engine;
import io.github.migrationguard.engine.EngineConfig;
import io.github.migrationguard.engine.Finding;
import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.source.MigrationVersion;
import io.github.migrationguard.source.ScriptKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages and fixes of the lock, scan and rewrite rules, end to end on Flyway migrations: what the
 * examples (which check only where findings are) cannot see.
 */
class LockRecipesTest {

    /** Flyway migrations V1, V2 … of the given texts, each its own deployment. */
    private static List<Finding> lint(String ruleId, String... texts) {
        return lint(ruleId, EngineConfig.defaults(), texts);
    }

    private static List<Finding> lint(String ruleId, EngineConfig config, String... texts) {
        List<MigrationScript> scripts = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            String version = Integer.toString(i + 1);
            scripts.add(new MigrationScript("V" + version + "__m.sql", ScriptKind.VERSIONED,
                    Optional.of(MigrationVersion.parse(version)), "m", texts[i], Optional.empty()));
        }
        return new Engine(config, io.github.migrationguard.engine.RuleRegistry.builtin()).lint(scripts, List.of())
                .findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    private static EngineConfig since(String version) {
        return EngineConfig.defaults().withScope(DeploymentScope.since(version));
    }

    private static EngineConfig pg(String version) {
        return EngineConfig.defaults().withPgVersion(PgVersion.parse(version));
    }

    private static final String ORDERS = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text);";

    @Test
    void flywayRunsAConcurrentIndexBuildOutsideATransactionByItself() {
        assertThat(lint("require-concurrent-index", ORDERS, "CREATE INDEX orders_status_idx ON orders (status);"))
                .singleElement().satisfies(f -> assertThat(f.fix())
                        .contains("CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);",
                                "Flyway runs such a migration outside a transaction by itself",
                                "postgresql.transactional.lock=false")
                        .doesNotContain("executeInTransaction=false"));
        assertThat(lint("require-concurrent-index-drop", ORDERS + "\nCREATE INDEX orders_status_idx ON orders (status);",
                "DROP INDEX orders_status_idx;"))
                .singleElement().satisfies(f -> assertThat(f.fix())
                        .contains("Flyway runs such a migration outside a transaction by itself")
                        .doesNotContain("executeInTransaction=false", "transactional.lock"));
    }

    @Test
    void anOrdinaryTableIsNotSaidToBePerhapsPartitioned() {
        assertThat(lint("require-concurrent-index", ORDERS, "CREATE INDEX orders_status_idx ON orders (status);"))
                .singleElement().satisfies(f -> assertThat(f.fix()).doesNotContain("partition"));
        // A table the migrations never created may be partitioned: say what to do then.
        assertThat(lint("require-concurrent-index", "CREATE INDEX orders_status_idx ON orders (status);"))
                .singleElement().satisfies(f -> assertThat(f.fix()).contains("If \"orders\" is partitioned"));
    }

    @Test
    void aPartitionedTableGetsTheOnOnlyRecipeForEachOfItsPartitions() {
        String measurements = """
                CREATE TABLE app.measurements (sensor_id bigint, kind text, taken_at date) PARTITION BY RANGE (taken_at);
                CREATE TABLE app.m_2024 PARTITION OF app.measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                CREATE TABLE app.m_2025 PARTITION OF app.measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')
                    PARTITION BY LIST (kind);
                CREATE TABLE app.m_2025_a PARTITION OF app.m_2025 FOR VALUES IN ('a');
                """;
        assertThat(lint("require-concurrent-index", measurements,
                "CREATE INDEX m_sensor_idx ON app.measurements USING btree (sensor_id) WHERE sensor_id > 0;"))
                .singleElement().satisfies(f -> {
                    assertThat(f.message()).contains("partitioned table \"app.measurements\"", "every partition");
                    assertThat(f.fix()).contains(
                                    "CREATE INDEX m_sensor_idx ON ONLY app.measurements USING btree (sensor_id) WHERE sensor_id > 0;\n",
                                    "CREATE INDEX m_2025_sensor_id_idx ON ONLY app.m_2025 USING btree (sensor_id) WHERE sensor_id > 0;\n",
                                    "CREATE INDEX CONCURRENTLY m_2024_sensor_id_idx ON app.m_2024 USING btree (sensor_id) WHERE sensor_id > 0;\n",
                                    "CREATE INDEX CONCURRENTLY m_2025_a_sensor_id_idx ON app.m_2025_a USING btree (sensor_id) WHERE sensor_id > 0;\n",
                                    "ALTER INDEX app.m_sensor_idx ATTACH PARTITION app.m_2024_sensor_id_idx;\n",
                                    "ALTER INDEX app.m_2025_sensor_id_idx ATTACH PARTITION app.m_2025_a_sensor_id_idx;\n",
                                    "ALTER INDEX app.m_sensor_idx ATTACH PARTITION app.m_2025_sensor_id_idx;")
                            .doesNotContain("CONCURRENTLY m_sensor_idx", "CONCURRENTLY m_2025_sensor_id_idx", "If \"");
                });
    }

    @Test
    void onOnlyBuildsTheIndexOnAnOrdinaryTable() {
        assertThat(lint("require-concurrent-index", ORDERS, "CREATE INDEX orders_status_idx ON ONLY orders (status);"))
                .singleElement().satisfies(f -> assertThat(f.fix())
                        .startsWith("CREATE INDEX CONCURRENTLY orders_status_idx ON ONLY orders (status);"));
        assertThat(lint("require-concurrent-index", "CREATE INDEX orders_status_idx ON ONLY orders (status);")).isEmpty();
    }

    @Test
    void aFixThatReplacesOneActionKeepsTheStatementsOtherActions() {
        String users = "CREATE TABLE app.\"Users\" (id bigint PRIMARY KEY, \"Email\" text, n int);";
        String keep = "-- The statement's other actions, as written:\n";
        assertThat(lint("volatile-default", users, "ALTER TABLE IF EXISTS ONLY app.\"Users\" "
                + "ADD COLUMN \"Token\" uuid DEFAULT gen_random_uuid(), ADD COLUMN note text;"))
                .singleElement().satisfies(f -> assertThat(f.fix())
                        .startsWith(keep + "ALTER TABLE IF EXISTS ONLY app.\"Users\" ADD COLUMN note text;\n"));
        assertThat(lint("set-not-null", users, "ALTER TABLE app.\"Users\" ALTER \"Email\" SET NOT NULL, ALTER COLUMN id SET DEFAULT 1;"))
                .singleElement().satisfies(f -> assertThat(f.fix())
                        .startsWith(keep + "ALTER TABLE app.\"Users\" ALTER COLUMN id SET DEFAULT 1;\n"));
        assertThat(lint("change-column-type", users, "ALTER TABLE app.\"Users\" ADD COLUMN q text, ALTER COLUMN n TYPE bigint;"))
                .singleElement().satisfies(f -> assertThat(f.fix())
                        .startsWith(keep + "ALTER TABLE app.\"Users\" ADD COLUMN q text;\n"));
        assertThat(lint("add-identity-or-serial-column", users, "ALTER TABLE app.\"Users\" ADD COLUMN seq bigserial, ADD COLUMN q text;"))
                .singleElement().satisfies(f -> assertThat(f.fix()).startsWith(keep + "ALTER TABLE app.\"Users\" ADD COLUMN q text;\n"));
        assertThat(lint("add-not-null-column-without-default", users, "ALTER TABLE app.\"Users\" ADD COLUMN q text, ADD COLUMN r text NOT NULL;"))
                .singleElement().satisfies(f -> assertThat(f.fix()).startsWith(keep + "ALTER TABLE app.\"Users\" ADD COLUMN q text;\n"));
        assertThat(lint("add-stored-generated-column", pg("17"), users,
                "ALTER TABLE app.\"Users\" ADD COLUMN q text, ADD COLUMN m int GENERATED ALWAYS AS (n * 2) STORED;"))
                .singleElement().satisfies(f -> assertThat(f.fix()).startsWith(keep + "ALTER TABLE app.\"Users\" ADD COLUMN q text;\n"));
        // one action: nothing to keep
        assertThat(lint("set-not-null", users, "ALTER TABLE app.\"Users\" ALTER \"Email\" SET NOT NULL;"))
                .singleElement().satisfies(f -> assertThat(f.fix()).doesNotContain("other actions"));
    }

    @Test
    void aUniqueConstraintOverAQuotedColumnIsBuiltOverThatColumn() {
        assertThat(lint("add-unique-constraint", "CREATE TABLE app.\"Users\" (id bigint PRIMARY KEY, \"Email\" text);",
                "ALTER TABLE app.\"Users\" ADD CONSTRAINT \"Users_Email_key\" UNIQUE (\"Email\"), ADD COLUMN y int;"))
                .singleElement().satisfies(f -> assertThat(f.fix()).contains(
                        "ALTER TABLE app.\"Users\" ADD COLUMN y int;\n",
                        "CREATE UNIQUE INDEX CONCURRENTLY \"Users_Email_key\" ON app.\"Users\" (\"Email\");"));
    }

    @Test
    void detachingFromATableWithADefaultPartitionIsNotToldToUseConcurrently() {
        String events = """
                CREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at);
                CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
                """;
        assertThat(lint("detach-partition-concurrently", events + "CREATE TABLE events_rest PARTITION OF events DEFAULT;",
                "ALTER TABLE events DETACH PARTITION events_2025;"))
                .singleElement().satisfies(f -> {
                    assertThat(f.message()).contains("refuses it while \"events\" has a DEFAULT partition (\"events_rest\")");
                    assertThat(f.fix()).contains("SET lock_timeout", "ALTER TABLE events DETACH PARTITION events_2025;")
                            .doesNotContain("CONCURRENTLY");
                });
        assertThat(lint("detach-partition-concurrently", events, "ALTER TABLE events DETACH PARTITION events_2025;"))
                .singleElement().satisfies(f -> assertThat(f.fix())
                        .startsWith("ALTER TABLE events DETACH PARTITION events_2025 CONCURRENTLY;")
                        .contains("executeInTransaction=false"));
    }

    @Test
    void attachingNextToADefaultPartitionSparesItsScanWithACheck() {
        assertThat(lint("attach-partition", """
                        CREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at);
                        CREATE TABLE events_rest PARTITION OF events DEFAULT;
                        """,
                "CREATE TABLE events_2026 (id bigint, at date);\n"
                        + "ALTER TABLE events ATTACH PARTITION events_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');"))
                .singleElement().satisfies(f -> {
                    assertThat(f.message()).contains("the DEFAULT partition \"events_rest\" of \"events\" is scanned");
                    assertThat(f.fix()).contains("ALTER TABLE events_rest ADD CONSTRAINT events_rest_excludes_events_2026 CHECK (NOT (",
                                    "ALTER TABLE events_rest VALIDATE CONSTRAINT events_rest_excludes_events_2026;\n")
                            .doesNotContain("events_2026_bound");
                });
    }

    @Test
    void aUniqueColumnAddedIsAddedWithoutItThenIndexedConcurrently() {
        assertThat(lint("add-unique-constraint", "CREATE TABLE mfa (id bigint PRIMARY KEY);",
                "ALTER TABLE mfa ADD COLUMN code text CONSTRAINT mfa_code_key UNIQUE NULLS NOT DISTINCT DEFAULT 'x', ADD COLUMN z int;"))
                .singleElement().satisfies(f -> {
                    assertThat(f.message()).startsWith("ADD COLUMN \"code\" … UNIQUE on existing table \"mfa\"");
                    assertThat(f.fix()).contains("ALTER TABLE mfa ADD COLUMN code text DEFAULT 'x', ADD COLUMN z int;\n",
                            "CREATE UNIQUE INDEX CONCURRENTLY mfa_code_key ON mfa (code) NULLS NOT DISTINCT;\n",
                            "ALTER TABLE mfa ADD CONSTRAINT mfa_code_key UNIQUE USING INDEX mfa_code_key;");
                });
    }

    @Test
    void theNewColumnOfATypeChangeKeepsTheCollationAsked() {
        assertThat(lint("change-column-type", "CREATE TABLE orders (id bigint PRIMARY KEY, status varchar(20));",
                "ALTER TABLE orders ALTER COLUMN status TYPE text COLLATE \"en_US.utf8\";"))
                .singleElement().satisfies(f -> assertThat(f.fix())
                        .contains("ALTER TABLE orders ADD COLUMN status_new text COLLATE \"en_US.utf8\";"));
    }

    @Test
    void anUnnamedIndexBuiltOn14Point3IsRebuiltByThePostgresName() {
        assertThat(lint("pg14-concurrent-index-bug", pg("14.3"),
                "CREATE INDEX CONCURRENTLY ON billing.invoices (customer_id, created_at);"))
                .singleElement().satisfies(f -> assertThat(f.fix())
                        .contains("REINDEX INDEX CONCURRENTLY billing.invoices_customer_id_created_at_idx;"));
    }

    @Test
    void flywayNeedsExecuteInTransactionFalseForAConcurrentReindexOfOneIndex() {
        assertThat(lint("require-concurrent-reindex", ORDERS, "REINDEX INDEX orders_pkey;"))
                .singleElement().satisfies(f -> assertThat(f.fix())
                        .contains("executeInTransaction=false in V2__m.sql.conf", "postgresql.transactional.lock=false"));
        // REINDEX SCHEMA is one Flyway knows by itself.
        assertThat(lint("require-concurrent-reindex", ORDERS, "REINDEX SCHEMA public;"))
                .singleElement().satisfies(f -> assertThat(f.fix()).doesNotContain("executeInTransaction=false"));
    }
}
