package io.github.migrationguard.report;

import io.github.migrationguard.Diagnostic;
import io.github.migrationguard.engine.Finding;
import io.github.migrationguard.engine.LintResult;
import io.github.migrationguard.engine.Summary;

import java.util.ArrayList;
import java.util.List;

/**
 * The console report: {@code path:line:col: severity rule-id message}, the fix indented below,
 * diagnostics, then a one-line summary. Returned as lines so the Maven log and the CLI can each
 * print them at their own levels.
 */
public final class TextReport {

    private TextReport() {
    }

    public static String findingLine(Finding f) {
        return f.file() + ":" + f.range().line() + ":" + f.range().column() + ": " + f.severity().label() + " "
                + f.ruleId() + " " + f.message();
    }

    /** The fix, each line indented, prefixed with "fix:". Empty when the finding has none. */
    public static List<String> fixLines(Finding f) {
        List<String> out = new ArrayList<>();
        if (f.fix() == null || f.fix().isBlank()) {
            return out;
        }
        String[] lines = f.fix().strip().split("\\R");
        out.add("    fix: " + lines[0]);
        for (int i = 1; i < lines.length; i++) {
            out.add("         " + lines[i]);
        }
        return out;
    }

    public static String diagnosticLine(Diagnostic d) {
        String place = d.line() > 0 ? d.file() + ":" + d.line() + ":" + Math.max(1, d.column()) : d.file();
        return place + ": diagnostic " + d.message();
    }

    public static String summaryLine(LintResult result) {
        Summary s = result.summary();
        StringBuilder b = new StringBuilder("Migration Guard: ")
                .append(plural(s.files(), "file")).append(", ");
        if (s.replayed() > 0) {
            b.append(plural(s.replayed(), "earlier script")).append(" replayed, ");
        }
        b.append(plural(s.statements(), "statement"));
        if (s.unanalyzed() > 0) {
            b.append(" (").append(s.unanalyzed()).append(" unanalyzed)");
        }
        b.append(": ").append(plural(s.errors(), "error")).append(", ")
                .append(plural(s.warnings(), "warning")).append(", ")
                .append(s.infos()).append(" info");
        if (!result.diagnostics().isEmpty()) {
            b.append(", ").append(plural(result.diagnostics().size(), "diagnostic"));
        }
        long failing = result.failing();
        if (failing > 0) {
            b.append(" - ").append(plural((int) failing, "finding")).append(" at or above ")
                    .append(result.failOn().label());
        }
        return b.toString();
    }

    /** The whole report as lines: findings with fixes, diagnostics, summary. */
    public static List<String> lines(LintResult result) {
        List<String> out = new ArrayList<>();
        for (Finding f : result.findings()) {
            out.add(findingLine(f));
            out.addAll(fixLines(f));
        }
        for (Diagnostic d : result.diagnostics()) {
            out.add(diagnosticLine(d));
        }
        out.add(summaryLine(result));
        return out;
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
