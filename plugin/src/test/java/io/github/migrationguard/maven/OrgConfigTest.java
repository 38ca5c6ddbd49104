package io.github.migrationguard.maven;

import io.github.migrationguard.engine.Baseline;
import io.github.migrationguard.engine.PathPolicy;
import io.github.migrationguard.report.ReportFormat;
import io.github.migrationguard.rules.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrgConfigTest {

    @Test
    void formatsFromAListOrACommaString() throws Exception {
        assertThat(ReportFiles.formats(null)).containsExactly(ReportFormat.JSON);
        assertThat(ReportFiles.formats(List.of("json,sarif", " junit ", "SARIF")))
                .containsExactly(ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.JUNIT);
        assertThatThrownBy(() -> ReportFiles.formats(List.of("github"))).hasMessageContaining("console");
        assertThatThrownBy(() -> ReportFiles.formats(List.of("pdf"))).hasMessageContaining("Unknown report format");
    }

    @Test
    void pathRulesFromXmlAndInline() throws Exception {
        PathPolicy policy = PathPolicyMapper.pathPolicy(List.of("**/V1__legacy*.sql,db/old/**"),
                List.of(new PathRule("**/legacy/**", "drop-column", "info")), "db/v2/**:*=warning");
        assertThat(policy.excluded("src/V1__legacy_init.sql")).isTrue();
        assertThat(policy.excluded("db/old/V3.sql")).isTrue();
        assertThat(policy.severity("drop-column", "a/legacy/V2.sql")).contains(Severity.INFO);
        assertThat(policy.severity("truncate", "db/v2/V9.sql")).contains(Severity.WARNING);
        assertThat(policy.severity("truncate", "db/V9.sql")).isEmpty();
    }

    @Test
    void badPathRulesSayWhatIsExpected() {
        assertThatThrownBy(() -> PathPolicyMapper.pathPolicy(null, null, "drop-column=info"))
                .hasMessageContaining("GLOB:RULE-ID=SEVERITY");
        assertThatThrownBy(() -> PathPolicyMapper.pathPolicy(null, List.of(new PathRule("**", "drop-column", "loud")),
                null)).hasMessageContaining("Unknown severity");
        assertThatThrownBy(() -> PathPolicyMapper.pathPolicy(null, List.of(new PathRule("**", null, "info")), null))
                .hasMessageContaining("<glob>, <rule> and <severity>");
    }

    @Test
    void baselineLogCountsAndNamesStaleEntries() {
        Baseline.Entry stale = new Baseline.Entry("drop-column", "db/V4.sql", "abc", 2, "drops");
        List<String> lines = BaselineFile.logLines(new Baseline.Applied(null, List.of(), List.of(stale)), "b.json");
        assertThat(lines.get(0)).contains("0 accepted findings", "1 stale entry");
        assertThat(lines.get(1)).contains("stale entry drop-column in db/V4.sql:2");
        assertThat(BaselineFile.logLines(new Baseline.Applied(null, List.of(), List.of()), "b.json")).isEmpty();
    }
}
