package io.github.migrationguard.engine;

import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.source.MigrationVersion;
import io.github.migrationguard.source.ScriptKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine with each deployment scope: what is linted, what is only replayed, and what counts as new. */
class DeploymentScopeTest {

    private static MigrationScript versioned(String version, String description, String sql) {
        return new MigrationScript("V" + version + "__" + description + ".sql", ScriptKind.VERSIONED,
                Optional.of(MigrationVersion.parse(version)), description, sql, Optional.empty());
    }

    /** The table in V1, its index in V2: only one deployment scope makes the index safe. */
    private static final List<MigrationScript> TABLE_THEN_INDEX = List.of(
            versioned("1", "create_orders", "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);\n"),
            versioned("2", "index_orders", "CREATE INDEX orders_customer_idx ON orders (customer_id);\n"));

    private static List<String> findings(DeploymentScope scope, List<MigrationScript> scripts) {
        LintResult result = new Engine(EngineConfig.defaults().withScope(scope)).lint(scripts, List.of());
        return result.findings().stream().map(f -> f.file() + ":" + f.ruleId()).toList();
    }

    @Test
    void withNoPendingInformationEachMigrationIsItsOwnScope() {
        assertThat(findings(DeploymentScope.SINGLE_MIGRATION, TABLE_THEN_INDEX))
                .contains("V2__index_orders.sql:require-concurrent-index");
    }

    @Test
    void aTableCreatedEarlierInThePendingSetIsNew() {
        assertThat(findings(new DeploymentScope.AllPending(), TABLE_THEN_INDEX))
                .doesNotContain("V2__index_orders.sql:require-concurrent-index");
        assertThat(findings(DeploymentScope.since("0"), TABLE_THEN_INDEX))
                .doesNotContain("V2__index_orders.sql:require-concurrent-index");
    }

    @Test
    void scriptsUpToSinceAreReplayedNotLintedAndWhatTheyCreatedExists() {
        LintResult result = new Engine(EngineConfig.defaults().withScope(DeploymentScope.since("1")))
                .lint(TABLE_THEN_INDEX, List.of());
        assertThat(result.findings()).extracting(Finding::file).containsOnly("V2__index_orders.sql");
        assertThat(result.findings()).extracting(Finding::ruleId).contains("require-concurrent-index");
        assertThat(result.summary().files()).isEqualTo(1);
        assertThat(result.summary().replayed()).isEqualTo(1);
    }

    @Test
    void anExplicitSetOfPathsIsThePendingSet() {
        assertThat(findings(new DeploymentScope.Paths(Set.of("V2__index_orders.sql")), TABLE_THEN_INDEX))
                .contains("V2__index_orders.sql:require-concurrent-index")
                .allMatch(f -> f.startsWith("V2__index_orders.sql:"));
    }

    @Test
    void replayedScriptsTeachTheCatalogTheirColumns() {
        List<MigrationScript> scripts = List.of(
                versioned("1", "create", "CREATE TABLE users (id bigint PRIMARY KEY, email varchar(100));\n"),
                versioned("2", "widen", "ALTER TABLE users ALTER COLUMN email TYPE varchar(200);\n"));
        assertThat(findings(DeploymentScope.since("1"), scripts)).doesNotContain("V2__widen.sql:change-column-type");
    }

    @Test
    void versionlessScriptsArePendingAndSinceMustBeAVersion() {
        MigrationScript repeatable = new MigrationScript("R__views.sql", ScriptKind.REPEATABLE, Optional.empty(),
                "views", "SELECT 1;\n", Optional.empty());
        assertThat(DeploymentScope.since("5").isPending(repeatable)).isTrue();
        assertThat(DeploymentScope.since(" ")).isEqualTo(DeploymentScope.SINGLE_MIGRATION);
        assertThatThrownBy(() -> DeploymentScope.since("V3")).isInstanceOf(IllegalArgumentException.class);
    }
}
