package io.github.migrationguard.report;

import io.github.migrationguard.Diagnostic;
import io.github.migrationguard.engine.Finding;
import io.github.migrationguard.engine.Fingerprint;
import io.github.migrationguard.engine.LintResult;
import io.github.migrationguard.json.JsonWriter;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Severity;

/**
 * GitLab Code Quality JSON ({@code artifacts:reports:codequality}): an array of issues with
 * description, check_name, a fingerprint unique in the report and stable across line moves,
 * severity and location. The fix goes to {@code content.body} (markdown), which GitLab shows on demand.
 * Diagnostics are issues of their own check, {@value #DIAGNOSTIC}, severity minor.
 */
public final class GitLabCodeQualityReport {

    /** The check name of input problems, which are no rule's findings. */
    static final String DIAGNOSTIC = "migration-guard-diagnostic";

    private GitLabCodeQualityReport() {
    }

    public static String render(LintResult result, ReportContext context) {
        JsonWriter w = new JsonWriter().beginArray();
        SarifReport.Occurrences occurrences = new SarifReport.Occurrences();
        for (Finding f : result.findings()) {
            int n = occurrences.next(f.fingerprint());
            w.beginObject()
                    .name("type").value("issue")
                    .name("description").value(f.message())
                    .name("check_name").value(f.ruleId())
                    .name("fingerprint").value(n == 1 ? f.fingerprint() : f.fingerprint() + "-" + n)
                    .name("severity").value(severity(f.severity()))
                    .name("categories").beginArray().value(category(f.ruleId(), context.registry().find(f.ruleId())
                            .map(r -> r.meta().category()).orElse(null))).endArray();
            if (f.fix() != null && !f.fix().isBlank()) {
                w.name("content").beginObject().name("body")
                        .value("Safe alternative:\n\n```sql\n" + f.fix().strip() + "\n```\n").endObject();
            }
            w.name("location").beginObject()
                    .name("path").value(context.path(f.file()))
                    .name("lines").beginObject()
                    .name("begin").value(f.range().line())
                    .name("end").value(f.range().endLine())
                    .endObject().endObject()
                    .endObject();
        }
        // Input problems too (a binary or unreadable migration, an unterminated quote): without them the
        // merge-request widget shows nothing wrong with a file that was not checked at all.
        for (Diagnostic d : result.diagnostics()) {
            String path = context.path(d.file());
            String fingerprint = Fingerprint.of(DIAGNOSTIC, path, d.line() + ":" + d.column() + " " + d.message());
            int n = occurrences.next(fingerprint);
            w.beginObject()
                    .name("type").value("issue")
                    .name("description").value(d.message())
                    .name("check_name").value(DIAGNOSTIC)
                    .name("fingerprint").value(n == 1 ? fingerprint : fingerprint + "-" + n)
                    .name("severity").value("minor")
                    .name("categories").beginArray().value("Bug Risk").endArray()
                    .name("location").beginObject()
                    .name("path").value(path)
                    .name("lines").beginObject().name("begin").value(Math.max(1, d.line())).endObject()
                    .endObject()
                    .endObject();
        }
        return w.endArray().toString();
    }

    /**
     * One of the Code Climate spec's fixed categories: GitLab ignores them, but other Code Climate
     * consumers (violations-lib, so the Jenkins and review-comment plugins on it) drop an issue without one.
     */
    static String category(String ruleId, Category category) {
        if (ReviewSection.of(ruleId, category) == ReviewSection.SECURITY) {
            return "Security";
        }
        if (category == null) {
            return "Bug Risk";
        }
        return switch (category) {
            case LOCKS, DATA_CHANGES -> "Performance";
            case COMPATIBILITY -> "Compatibility";
            case TRANSACTIONS, SCHEMA_DESIGN -> "Bug Risk";
            case META -> "Clarity";
        };
    }

    /** GitLab's scale: info, minor, major, critical, blocker. Errors fail the build, so they are critical. */
    static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "critical";
            case WARNING -> "major";
            case INFO, OFF -> "info";
        };
    }
}
