package io.github.migrationguard.report;

import io.github.migrationguard.Diagnostic;
import io.github.migrationguard.engine.Finding;
import io.github.migrationguard.engine.LintResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * JUnit XML, as Jenkins, GitLab and most CI servers read test results: one test suite, one test case
 * per migration file, failed by the findings at or above {@code failOn}; findings below it and
 * diagnostics go to the test case's {@code <system-out>}, so they are visible without failing it.
 * A test case holds one {@code <failure>} listing all its failing findings: consumers (Surefire's
 * parser, Jenkins) keep a single failure per test case and would drop the others.
 */
public final class JUnitReport {

    static final String SUITE = "migration-guard";

    private JUnitReport() {
    }

    public static String render(LintResult result, ReportContext context) {
        Map<String, List<Finding>> failing = new LinkedHashMap<>();
        Map<String, List<String>> output = new LinkedHashMap<>();
        for (String file : result.files()) {
            failing.put(file, new ArrayList<>());
            output.put(file, new ArrayList<>());
        }
        for (Finding f : result.findings()) {
            List<Finding> failures = failing.computeIfAbsent(f.file(), k -> new ArrayList<>());
            List<String> out = output.computeIfAbsent(f.file(), k -> new ArrayList<>());
            if (f.severity().atLeast(result.failOn())) {
                failures.add(f);
            } else {
                out.add(describe(f, context));
            }
        }
        for (Diagnostic d : result.diagnostics()) {
            failing.computeIfAbsent(d.file(), k -> new ArrayList<>());
            output.computeIfAbsent(d.file(), k -> new ArrayList<>()).add(
                    TextReport.diagnosticLine(new Diagnostic(context.path(d.file()), d.line(), d.column(), d.message())));
        }
        int failures = (int) failing.values().stream().filter(f -> !f.isEmpty()).count();
        int tests = failing.size();

        StringBuilder b = new StringBuilder(Xml.DECLARATION);
        b.append("<testsuites name=\"").append(SUITE).append("\" tests=\"").append(tests)
                .append("\" failures=\"").append(failures).append("\" errors=\"0\" time=\"0\">\n");
        b.append("  <testsuite name=\"").append(SUITE).append("\" tests=\"").append(tests)
                .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
        for (Map.Entry<String, List<Finding>> e : failing.entrySet()) {
            String path = context.path(e.getKey());
            b.append("    <testcase classname=\"").append(SUITE).append("\" name=\"").append(Xml.escape(path))
                    .append("\" file=\"").append(Xml.escape(path)).append("\" time=\"0\"");
            List<String> out = output.getOrDefault(e.getKey(), List.of());
            if (e.getValue().isEmpty() && out.isEmpty()) {
                b.append("/>\n");
                continue;
            }
            b.append(">\n");
            if (!e.getValue().isEmpty()) {
                appendFailure(b, e.getValue(), context);
            }
            if (!out.isEmpty()) {
                b.append("      <system-out>").append(Xml.text(String.join("\n", out))).append("</system-out>\n");
            }
            b.append("    </testcase>\n");
        }
        return b.append("  </testsuite>\n</testsuites>\n").toString();
    }

    /**
     * One finding: its rule id as {@code type} and {@code line:column message}; several: every rule id and
     * a count with their positions. The text lists them all as the text report prints them.
     */
    private static void appendFailure(StringBuilder b, List<Finding> findings, ReportContext context) {
        Finding first = findings.get(0);
        String type = findings.stream().map(Finding::ruleId).distinct().collect(Collectors.joining(" "));
        String message = findings.size() == 1
                ? first.range().line() + ":" + first.range().column() + " " + first.message()
                : findings.size() + " findings: " + findings.stream()
                        .map(f -> f.range().line() + ":" + f.range().column() + " " + f.ruleId())
                        .collect(Collectors.joining(", "));
        String text = findings.stream().map(f -> describe(f, context)).collect(Collectors.joining("\n\n"));
        b.append("      <failure type=\"").append(Xml.escape(type)).append("\" message=\"").append(Xml.escape(message))
                .append("\">").append(Xml.text(text)).append("</failure>\n");
    }

    /** The finding as the text report prints it, path from the repository root, fix below. */
    private static String describe(Finding f, ReportContext context) {
        Finding shown = new Finding(f.ruleId(), f.severity(), context.path(f.file()), f.range(), f.message(), f.fix(),
                f.statement());
        List<String> lines = new ArrayList<>();
        lines.add(TextReport.findingLine(shown));
        lines.addAll(TextReport.fixLines(shown));
        return String.join("\n", lines);
    }
}
