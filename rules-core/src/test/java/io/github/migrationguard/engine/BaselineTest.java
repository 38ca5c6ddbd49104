package io.github.migrationguard.engine;

import io.github.migrationguard.source.MigrationScript;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BaselineTest {

    private static final String CREATE = "CREATE TABLE orders (id bigint PRIMARY KEY, status text, code text);\n";
    private static final String INDEX = "CREATE INDEX orders_status_idx ON orders (status);\n";
    private static final String DROP = "ALTER TABLE orders DROP COLUMN code;\n";

    private static LintResult lint(String v2) {
        return new Engine(EngineConfig.defaults()).lint(List.of(MigrationScript.plain("V1.sql", CREATE),
                MigrationScript.plain("V2.sql", v2)), List.of());
    }

    @Test
    void acceptedFindingsNoLongerGateEvenWhenTheyMove() {
        Baseline baseline = Baseline.parse(Baseline.of(lint(INDEX)).toJson(), "b.json");
        Baseline.Applied applied = baseline.apply(lint("-- moved down\n\n\n" + INDEX));
        assertThat(applied.result().findings()).isEmpty();
        assertThat(applied.result().failed()).isFalse();
        assertThat(applied.result().summary().errors()).isZero();
        assertThat(applied.accepted()).extracting(Finding::ruleId).contains("require-concurrent-index");
        assertThat(applied.stale()).isEmpty();
    }

    @Test
    void newFindingsGateAndFixedOnesAreStale() {
        Baseline baseline = Baseline.of(lint(INDEX));
        Baseline.Applied applied = baseline.apply(lint(INDEX.replace("INDEX", "INDEX CONCURRENTLY") + DROP));
        assertThat(applied.result().findings()).extracting(Finding::ruleId).contains("drop-column")
                .doesNotContain("require-concurrent-index");
        assertThat(applied.result().failed()).isTrue();
        assertThat(applied.stale()).extracting(Baseline.Entry::ruleId).contains("require-concurrent-index");
    }

    @Test
    void entriesAreCountedNotJustMatched() {
        Baseline one = Baseline.of(lint(INDEX));
        Baseline.Applied applied = one.apply(lint(INDEX + INDEX));
        assertThat(applied.result().findings()).extracting(Finding::ruleId).contains("require-concurrent-index");
    }

    @Test
    void writtenSortedAndReadBack() {
        Baseline written = Baseline.of(lint(INDEX + DROP));
        String json = written.toJson();
        assertThat(json).contains("\"formatVersion\": 1", "\"fingerprint\"", "\"ruleId\": \"drop-column\"");
        assertThat(Baseline.parse(json, "b.json")).isEqualTo(written);
        assertThat(Baseline.of(lint(DROP + INDEX)).toJson().lines().filter(l -> l.contains("ruleId")).count())
                .isEqualTo(json.lines().filter(l -> l.contains("ruleId")).count());
    }

    @Test
    void badFilesAreExplainedWithTheirPlace() {
        assertThatThrownBy(() -> Baseline.parse("{\n  \"entries\": [,]\n}", "mg.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mg.json").hasMessageContaining("line 2");
        assertThatThrownBy(() -> Baseline.parse("[]", "mg.json")).hasMessageContaining("\"entries\"");
        assertThatThrownBy(() -> Baseline.parse("{\"entries\": [{\"ruleId\": 1}]}", "mg.json"))
                .hasMessageContaining("entry 1");
    }
}
