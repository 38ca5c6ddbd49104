package io.github.migrationguard.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.migrationguard.Diagnostic;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.report.JsonReport;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.rules.builtin.BuiltinRules;
import io.github.migrationguard.source.MigrationScript;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EngineTest {

    /** Flags every statement whose text mentions "risky": enough to exercise the engine. */
    static final class RiskyRule implements Rule {
        static final RuleMeta META = RuleMeta.builder("test-risky").title("risky").category(Category.LOCKS)
                .severity(Severity.ERROR).flags("f").why("w").recipe("r").kinds(Statement.class).build();

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void check(RuleContext context) {
            if (context.statement().sql().text().toLowerCase().contains("risky")) {
                context.report("risky statement", "do it safely");
            }
        }
    }

    /** A rule with a bug: it must not take the run down. */
    static final class BrokenRule implements Rule {
        static final RuleMeta META = RuleMeta.builder("test-broken").title("broken").category(Category.LOCKS)
                .severity(Severity.ERROR).flags("f").why("w").recipe("r").kinds(Statement.class).build();

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void check(RuleContext context) {
            throw new IllegalStateException("bug");
        }
    }

    private static RuleRegistry registry(Rule... extra) {
        List<Rule> rules = new ArrayList<>(BuiltinRules.all());
        rules.addAll(List.of(extra));
        return RuleRegistry.of(rules);
    }

    private static LintResult lint(EngineConfig config, RuleRegistry registry, MigrationScript... scripts) {
        return new Engine(config, registry).lint(List.of(scripts), List.of());
    }

    private static List<String> places(LintResult result) {
        return result.findings().stream().map(f -> f.file() + ":" + f.range().line() + " " + f.ruleId()).toList();
    }

    @Test
    void findingsAreSortedByFileLineAndRule() {
        MigrationScript b = MigrationScript.plain("b.sql", "SELECT 'risky';\nSELECT 'risky';\n");
        MigrationScript a = MigrationScript.plain("a.sql", "SELECT 1;\nSELECT 'risky';\n");
        LintResult result = lint(EngineConfig.defaults(), registry(new RiskyRule()), b, a);
        assertThat(places(result)).containsExactly("a.sql:2 test-risky", "b.sql:1 test-risky", "b.sql:2 test-risky");
        assertThat(result.summary().files()).isEqualTo(2);
        assertThat(result.summary().statements()).isEqualTo(4);
    }

    @Test
    void severityOverridesAndFailOn() {
        MigrationScript s = MigrationScript.plain("a.sql", "SELECT 'risky';");
        RuleRegistry registry = registry(new RiskyRule());

        LintResult asWarning = lint(EngineConfig.defaults().withSeverities(Map.of("test-risky", Severity.WARNING)),
                registry, s);
        assertThat(asWarning.findings()).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
        assertThat(asWarning.failed()).isFalse();
        assertThat(lint(EngineConfig.defaults().withSeverities(Map.of("test-risky", Severity.WARNING))
                .withFailOn(Severity.WARNING), registry, s).failed()).isTrue();
        assertThat(lint(EngineConfig.defaults().withSeverities(Map.of("test-risky", Severity.OFF)), registry, s)
                .findings()).isEmpty();
        assertThat(lint(EngineConfig.defaults(), registry, s).failed()).isTrue();
    }

    @Test
    void unknownRuleInConfigurationIsRefused() {
        EngineConfig config = EngineConfig.defaults().withSeverities(Map.of("no-such-rule", Severity.OFF));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new Engine(config, registry()))
                .withMessageContaining("no-such-rule");
    }

    @Test
    void suppressionOnTheLineBeforeSilencesOnlyThatStatement() {
        MigrationScript s = MigrationScript.plain("a.sql", """
                -- migration-guard:ignore test-risky -- reviewed, the table is tiny
                SELECT 'risky';
                SELECT 'risky';
                """);
        LintResult result = lint(EngineConfig.defaults(), registry(new RiskyRule()), s);
        assertThat(places(result)).containsExactly("a.sql:3 test-risky");
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void fileSuppressionAndUnusedOnes() {
        MigrationScript s = MigrationScript.plain("a.sql", """
                -- migration-guard:ignore-file test-risky -- legacy script, frozen
                SELECT 'risky';
                -- migration-guard:ignore test-broken, test-risky -- nothing of the first one here
                SELECT 'risky';
                -- migration-guard:ignore no-such-rule -- typo
                SELECT 1;
                """);
        LintResult result = lint(EngineConfig.defaults(), registry(new RiskyRule()), s);
        assertThat(places(result)).containsExactly("a.sql:3 unused-suppression", "a.sql:3 unused-suppression",
                "a.sql:5 unused-suppression");
        assertThat(result.findings().get(2).message()).contains("unknown rule id 'no-such-rule'");
    }

    @Test
    void suppressionWithoutReasonStillWorksButIsDiagnosed() {
        MigrationScript s = MigrationScript.plain("a.sql", "-- migration-guard:ignore test-risky\nSELECT 'risky';\n");
        LintResult result = lint(EngineConfig.defaults(), registry(new RiskyRule()), s);
        assertThat(result.findings()).isEmpty();
        assertThat(result.diagnostics()).extracting(Diagnostic::line).containsExactly(1);
    }

    @Test
    void suppressionIsReadInAnyCaseAndAMisspeltOneIsDiagnosed() {
        MigrationScript s = MigrationScript.plain("a.sql", """
                -- Migration-Guard: IGNORE Test-Risky -- reviewed
                SELECT 'risky';
                -- migration-guard:ignroe test-risky -- a typo suppresses nothing
                SELECT 'risky';
                """);
        LintResult result = lint(EngineConfig.defaults(), registry(new RiskyRule()), s);
        assertThat(places(result)).containsExactly("a.sql:4 test-risky");
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.message()).contains("unreadable migration-guard directive");
        });
    }

    @Test
    void aFailingRuleBecomesADiagnosticAndTheRunGoesOn() {
        MigrationScript s = MigrationScript.plain("a.sql", "SELECT 'risky';");
        LintResult result = lint(EngineConfig.defaults(), registry(new RiskyRule(), new BrokenRule()), s);
        assertThat(places(result)).containsExactly("a.sql:1 test-risky");
        assertThat(result.diagnostics()).singleElement().extracting(Diagnostic::message).asString()
                .contains("test-broken");
    }

    @Test
    void jsonReportHasTheDocumentedShape() throws Exception {
        MigrationScript s = MigrationScript.plain("dir/a \"quoted\".sql", "SELECT 'risky\ttab';");
        LintResult result = lint(EngineConfig.defaults(), registry(new RiskyRule()), s);
        JsonNode json = new ObjectMapper().readTree(JsonReport.render(result, "1.0"));
        assertThat(json.at("/tool/name").asText()).isEqualTo("migration-guard");
        JsonNode f = json.at("/findings/0");
        assertThat(f.get("ruleId").asText()).isEqualTo("test-risky");
        assertThat(f.get("file").asText()).isEqualTo("dir/a \"quoted\".sql");
        assertThat(f.get("line").asInt()).isEqualTo(1);
        assertThat(f.get("endColumn").asInt()).isGreaterThan(1);
        assertThat(json.at("/summary/findings/error").asInt()).isEqualTo(1);
        assertThat(json.at("/summary/statements").asInt()).isEqualTo(1);
        assertThat(json.get("diagnostics").isArray()).isTrue();
    }
}
