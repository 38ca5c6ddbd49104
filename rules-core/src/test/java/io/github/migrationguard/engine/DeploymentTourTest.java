package io.github.migrationguard.engine;

import io.github.migrationguard.PgVersion;
import io.github.migrationguard.source.FlywaySettings;
import io.github.migrationguard.source.FlywaySource;
import io.github.migrationguard.source.SourceSet;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The multi-migration tour in {@code src/test/resources/deployment-tour} (its README says what each migration
 * shows): read from disk as Flyway reads it, V1 applied and V2 onwards pending, with the findings of the rules
 * the tour is about asserted exactly.
 */
class DeploymentTourTest {

    private static final Set<String> RULES = Set.of("require-concurrent-index", "set-not-null",
            "not-null-without-backfill");

    /** The tour's folder, read as Flyway reads it, linted with {@code config}. */
    private static LintResult lint(String folder, EngineConfig config) {
        Path base = Paths.get("src", "test", "resources", "deployment-tour");
        SourceSet source = FlywaySource.scan(base, List.of(),
                FlywaySettings.defaults().withLocations(List.of("filesystem:" + folder)));
        assertThat(source.diagnostics()).isEmpty();
        return new Engine(config).lint(source);
    }

    private static List<String> findings(String folder, PgVersion version) {
        LintResult result = lint(folder, EngineConfig.defaults().withPgVersion(version)
                .withScope(DeploymentScope.since("1")));
        return result.findings().stream().filter(f -> RULES.contains(f.ruleId()))
                .map(f -> f.file().substring(f.file().lastIndexOf('/') + 1) + ":" + f.range().line() + " " + f.ruleId())
                .toList();
    }

    @Test
    void withoutBackfillTheNotNullColumnFails() {
        assertThat(findings("without-backfill", PgVersion.DEFAULT)).containsExactlyInAnyOrder(
                "V4__index_customers.sql:3 require-concurrent-index",
                "V10__region_not_null.sql:2 not-null-without-backfill",
                "V10__region_not_null.sql:2 set-not-null");
    }

    @Test
    void aBatchedBackfillInBetweenLeavesOnlyTheScan() {
        assertThat(findings("with-backfill", PgVersion.DEFAULT)).containsExactlyInAnyOrder(
                "V4__index_customers.sql:3 require-concurrent-index",
                "V10__region_not_null.sql:2 set-not-null");
    }

    @Test
    void beforePostgres12TheValidatedCheckDoesNotSpareTheScan() {
        assertThat(findings("with-backfill", new PgVersion(11, 0))).containsExactlyInAnyOrder(
                "V4__index_customers.sql:3 require-concurrent-index",
                "V7__customers_email_not_null.sql:3 set-not-null",
                "V10__region_not_null.sql:2 set-not-null");
    }

    @Test
    void outsideThePendingSetTheFirstIndexIsFlaggedToo() {
        LintResult result = lint("with-backfill", EngineConfig.defaults().withScope(DeploymentScope.since("2")));
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("require-concurrent-index"))
                .extracting(f -> f.file().substring(f.file().lastIndexOf('/') + 1))
                .containsExactly("V3__index_orders.sql", "V4__index_customers.sql");
    }
}
