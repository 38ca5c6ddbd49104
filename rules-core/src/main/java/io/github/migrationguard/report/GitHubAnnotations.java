package io.github.migrationguard.report;

import io.github.migrationguard.Diagnostic;
import io.github.migrationguard.engine.Finding;
import io.github.migrationguard.engine.LintResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GitHub Actions workflow commands ({@code ::error file=…,line=…::message}) that annotate the pull
 * request's diff. Printed by the plugin and the CLI when {@code GITHUB_ACTIONS=true}.
 */
public final class GitHubAnnotations {

    public static final String ENV = "GITHUB_ACTIONS";

    private GitHubAnnotations() {
    }

    /** True when running as a GitHub Actions step. */
    public static boolean enabled(Map<String, String> environment) {
        return "true".equalsIgnoreCase(environment.getOrDefault(ENV, ""));
    }

    public static List<String> lines(LintResult result, ReportContext context) {
        List<String> out = new ArrayList<>();
        for (Finding f : result.findings()) {
            String command = switch (f.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO, OFF -> "notice";
            };
            String message = f.fix() == null || f.fix().isBlank() ? f.message()
                    : f.message() + "\n\nFix:\n" + f.fix().strip();
            // GitHub takes columns only on a one-line range ("Cannot be sent when startLine and endLine are
            // different values"); on a statement over several lines they would misplace the annotation.
            String columns = f.range().endLine() == f.range().line()
                    ? ",col=" + f.range().column() + ",endColumn=" + f.range().endColumn() : "";
            out.add("::" + command + " file=" + property(context.path(f.file()))
                    + ",line=" + f.range().line() + ",endLine=" + f.range().endLine() + columns
                    + ",title=" + property("migration-guard " + f.ruleId()) + "::" + data(message));
        }
        for (Diagnostic d : result.diagnostics()) {
            StringBuilder place = new StringBuilder("file=").append(property(context.path(d.file())));
            if (d.line() > 0) {
                place.append(",line=").append(d.line());
            }
            if (d.column() > 0) {
                place.append(",col=").append(d.column());
            }
            out.add("::warning " + place + ",title=" + property("migration-guard diagnostic") + "::" + data(d.message()));
        }
        return out;
    }

    /** The message part: '%', CR and LF encoded, as the runner decodes them. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: also ':' and ',', which would end it. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
