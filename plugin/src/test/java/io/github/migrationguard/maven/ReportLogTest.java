package io.github.migrationguard.maven;

import io.github.migrationguard.Diagnostic;
import io.github.migrationguard.engine.Finding;
import io.github.migrationguard.engine.LintResult;
import io.github.migrationguard.engine.Summary;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.sql.SourceRange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.migrationguard.maven.LogLine.Level.ERROR;
import static io.github.migrationguard.maven.LogLine.Level.INFO;
import static io.github.migrationguard.maven.LogLine.Level.WARN;
import static org.assertj.core.api.Assertions.assertThat;

class ReportLogTest {

    private static Finding finding(String rule, Severity severity, int line, String fix) {
        return new Finding(rule, severity, "db/V2__index.sql", new SourceRange(line, 1, line, 30), "takes a lock", fix);
    }

    @Test
    void eachFindingAndItsFixAtTheLevelOfItsSeverityThenDiagnosticsAndSummary() {
        LintResult result = new LintResult(
                List.of(finding("require-concurrent-index", Severity.ERROR, 3, "CREATE INDEX CONCURRENTLY i\nON t (c);"),
                        finding("lock-timeout", Severity.WARNING, 3, null),
                        finding("prefer-identity", Severity.INFO, 7, "")),
                List.of(new Diagnostic("db/V3__bad.sql", 2, 5, "unterminated quote")),
                new Summary(2, 5, 0, 0, 5, 1, 1, 1), Severity.ERROR);

        assertThat(ReportLog.lines(result)).containsExactly(
                new LogLine(ERROR, "db/V2__index.sql:3:1: error require-concurrent-index takes a lock"),
                new LogLine(ERROR, "    fix: CREATE INDEX CONCURRENTLY i"),
                new LogLine(ERROR, "         ON t (c);"),
                new LogLine(WARN, "db/V2__index.sql:3:1: warning lock-timeout takes a lock"),
                new LogLine(INFO, "db/V2__index.sql:7:1: info prefer-identity takes a lock"),
                new LogLine(WARN, "db/V3__bad.sql:2:5: diagnostic unterminated quote"),
                new LogLine(ERROR, "Migration Guard: 2 files, 5 statements: 1 error, 1 warning, 1 info, "
                        + "1 diagnostic - 1 finding at or above error"));
    }

    @Test
    void summaryIsInfoWhenNothingFails() {
        LintResult result = new LintResult(List.of(finding("lock-timeout", Severity.WARNING, 1, null)), List.of(),
                new Summary(1, 1, 0, 0, 1, 0, 1, 0), Severity.ERROR);

        assertThat(ReportLog.lines(result)).last().extracting(LogLine::level).isEqualTo(INFO);
    }
}
