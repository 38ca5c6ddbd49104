package io.github.migrationguard.report;

import io.github.migrationguard.Diagnostic;
import io.github.migrationguard.engine.Finding;
import io.github.migrationguard.engine.LintResult;
import io.github.migrationguard.rules.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checkstyle XML, which Jenkins' warnings plugin, SonarQube importers and reviewdog read: a
 * {@code <file>} per migration, an {@code <error>} per finding with {@code source}
 * {@code migration-guard.<rule-id>}; diagnostics with source {@code migration-guard.diagnostic}.
 */
public final class CheckstyleReport {

    /** The Checkstyle format version the layout follows (the one most consumers are written against). */
    static final String FORMAT_VERSION = "4.3";
    static final String SOURCE_PREFIX = "migration-guard.";

    private CheckstyleReport() {
    }

    public static String render(LintResult result, ReportContext context) {
        Map<String, List<String>> files = new TreeMap<>();
        result.files().forEach(f -> files.put(f, new ArrayList<>()));
        for (Finding f : result.findings()) {
            files.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(error(f.range().line(), f.range().column(),
                    severity(f.severity()), f.message(), SOURCE_PREFIX + f.ruleId()));
        }
        for (Diagnostic d : result.diagnostics()) {
            files.computeIfAbsent(d.file(), k -> new ArrayList<>()).add(error(d.line(), d.column(), "warning",
                    d.message(), SOURCE_PREFIX + "diagnostic"));
        }
        StringBuilder b = new StringBuilder(Xml.DECLARATION);
        b.append("<checkstyle version=\"").append(FORMAT_VERSION).append("\">\n");
        files.forEach((file, errors) -> {
            b.append("  <file name=\"").append(Xml.escape(context.path(file))).append('"');
            if (errors.isEmpty()) {
                b.append("/>\n");
            } else {
                b.append(">\n");
                errors.forEach(e -> b.append("    ").append(e).append('\n'));
                b.append("  </file>\n");
            }
        });
        return b.append("</checkstyle>\n").toString();
    }

    private static String error(int line, int column, String severity, String message, String source) {
        StringBuilder b = new StringBuilder("<error line=\"").append(Math.max(0, line)).append('"');
        if (column > 0) {
            b.append(" column=\"").append(column).append('"');
        }
        return b.append(" severity=\"").append(severity).append("\" message=\"").append(Xml.escape(message))
                .append("\" source=\"").append(Xml.escape(source)).append("\"/>").toString();
    }

    private static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, OFF -> "info";
        };
    }
}
