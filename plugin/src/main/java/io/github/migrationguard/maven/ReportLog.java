package io.github.migrationguard.maven;

import io.github.migrationguard.Diagnostic;
import io.github.migrationguard.engine.Finding;
import io.github.migrationguard.engine.LintResult;
import io.github.migrationguard.report.TextReport;
import io.github.migrationguard.rules.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * The text report laid out for the Maven log: each finding and its fix lines at the level of its
 * severity, so {@code [ERROR]} lines are the ones that fail the build by default; diagnostics as
 * warnings; the summary as an error only when the build fails.
 */
public final class ReportLog {

    private ReportLog() {
    }

    public static List<LogLine> lines(LintResult result) {
        List<LogLine> out = new ArrayList<>();
        for (Finding f : result.findings()) {
            LogLine.Level level = levelOf(f.severity());
            out.add(new LogLine(level, TextReport.findingLine(f)));
            TextReport.fixLines(f).forEach(line -> out.add(new LogLine(level, line)));
        }
        for (Diagnostic d : result.diagnostics()) {
            out.add(new LogLine(LogLine.Level.WARN, TextReport.diagnosticLine(d)));
        }
        out.add(new LogLine(result.failed() ? LogLine.Level.ERROR : LogLine.Level.INFO, TextReport.summaryLine(result)));
        return out;
    }

    static LogLine.Level levelOf(Severity severity) {
        return switch (severity) {
            case ERROR -> LogLine.Level.ERROR;
            case WARNING -> LogLine.Level.WARN;
            case INFO, OFF -> LogLine.Level.INFO;
        };
    }
}
