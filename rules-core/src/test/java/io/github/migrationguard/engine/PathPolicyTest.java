package io.github.migrationguard.engine;

import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.source.MigrationScript;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PathPolicyTest {

    private static final List<MigrationScript> SCRIPTS = List.of(
            MigrationScript.plain("db/V1__create.sql", "CREATE TABLE t (id bigint PRIMARY KEY, c text);\n"),
            MigrationScript.plain("db/legacy/V2__legacy_drop.sql", "ALTER TABLE t DROP COLUMN c;\n"),
            MigrationScript.plain("db/V3__drop.sql", "ALTER TABLE t DROP COLUMN c;\n"));

    @Test
    void globs() {
        assertThat(Glob.of("**/V1__legacy*.sql").matches("V1__legacy_init.sql")).isTrue();
        assertThat(Glob.of("**/V1__legacy*.sql").matches("src/db/V1__legacy_init.sql")).isTrue();
        assertThat(Glob.of("db/*.sql").matches("db/legacy/V2.sql")).isFalse();
        assertThat(Glob.of("db/**").matches("db/legacy/V2.sql")).isTrue();
        assertThat(Glob.of("db/V?.sql").matches("db/V1.sql")).isTrue();
        assertThat(Glob.of("a+b(c).sql").matches("a+b(c).sql")).isTrue();
        assertThatThrownBy(() -> Glob.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void excludedFilesAreNotLinted() {
        PathPolicy policy = new PathPolicy(List.of(Glob.of("**/legacy/**")), List.of());
        LintResult result = new Engine(EngineConfig.defaults()).withPathPolicy(policy).lint(SCRIPTS, List.of());
        assertThat(result.files()).containsExactly("db/V1__create.sql", "db/V3__drop.sql");
        assertThat(result.findings()).extracting(Finding::file).doesNotContain("db/legacy/V2__legacy_drop.sql");
    }

    @Test
    void aPathRuleBeatsTheRulesSeverity() {
        PathPolicy policy = new PathPolicy(List.of(), List.of(
                new PathPolicy.PathRule(Glob.of("**/legacy/**"), "drop-column", Severity.INFO)));
        LintResult result = new Engine(EngineConfig.defaults()).withPathPolicy(policy).lint(SCRIPTS, List.of());
        assertThat(severityOf(result, "db/legacy/V2__legacy_drop.sql")).isEqualTo(Severity.INFO);
        assertThat(severityOf(result, "db/V3__drop.sql")).isEqualTo(Severity.ERROR);
    }

    @Test
    void aPathRuleCanTurnOnARuleThatIsOffElsewhere() {
        PathPolicy policy = new PathPolicy(List.of(), List.of(
                new PathPolicy.PathRule(Glob.of("db/V3*"), "drop-column", Severity.WARNING)));
        EngineConfig config = EngineConfig.defaults().withSeverities(Map.of("drop-column", Severity.OFF));
        LintResult result = new Engine(config).withPathPolicy(policy).lint(SCRIPTS, List.of());
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("drop-column"))
                .extracting(Finding::file).containsExactly("db/V3__drop.sql");
        assertThat(severityOf(result, "db/V3__drop.sql")).isEqualTo(Severity.WARNING);
    }

    @Test
    void unknownRuleIdsInPathRulesAreRefused() {
        PathPolicy policy = new PathPolicy(List.of(), List.of(
                new PathPolicy.PathRule(Glob.of("**"), "drop-colum", Severity.OFF)));
        assertThatThrownBy(() -> new Engine(EngineConfig.defaults()).withPathPolicy(policy))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("drop-colum");
    }

    private static Severity severityOf(LintResult result, String file) {
        return result.findings().stream().filter(f -> f.file().equals(file) && f.ruleId().equals("drop-column"))
                .findFirst().orElseThrow().severity();
    }
}
