package io.github.migrationguard.report;

import io.github.migrationguard.Diagnostic;
import io.github.migrationguard.engine.Finding;
import io.github.migrationguard.engine.LintResult;
import io.github.migrationguard.json.JsonWriter;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.sql.SourceRange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: every rule with its documentation,
 * each finding with its region, a line-free fingerprint, and a fix as a replacement of the statement
 * where the fix is a rewrite of it. Diagnostics become tool notifications. Paths are relative to
 * {@code %SRCROOT%}, the repository root, which {@code run.originalUriBaseIds} declares without a machine path.
 */
public final class SarifReport {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";
    static final String SRCROOT_DESCRIPTION =
            "The root of the repository (the checkout): every path in this report is relative to it.";
    static final String FINGERPRINT_KEY = "migrationGuardStatement/v1";

    private SarifReport() {
    }

    public static String render(LintResult result, ReportContext context) {
        List<Rule> rules = context.registry().rules();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).meta().id(), i);
        }
        JsonWriter w = new JsonWriter().beginObject()
                .name("$schema").value(SCHEMA)
                .name("version").value("2.1.0")
                .name("runs").beginArray().beginObject();
        w.name("tool").beginObject().name("driver").beginObject()
                .name("name").value(JsonReport.TOOL_NAME)
                .name("version").value(context.toolVersion())
                .name("informationUri").value(ReportContext.INFORMATION_URI)
                .name("rules").beginArray();
        rules.forEach(rule -> writeRule(w, rule.meta()));
        w.endArray().endObject().endObject();

        w.name("invocations").beginArray().beginObject()
                .name("executionSuccessful").value(true)
                .name("toolExecutionNotifications").beginArray();
        result.diagnostics().forEach(d -> writeNotification(w, d, context));
        w.endArray().endObject().endArray();

        // Declares the base every artifactLocation names; without it consumers warn "Did not find '%SRCROOT%' in
        // originalUriBaseIds". No uri: the report stays free of machine paths, and GitHub code scanning (like
        // any consumer with a checkout) resolves relative paths against the repository root itself.
        w.name("originalUriBaseIds").beginObject().name(SRCROOT).beginObject()
                .name("description").beginObject().name("text").value(SRCROOT_DESCRIPTION).endObject()
                .endObject().endObject();
        w.name("columnKind").value("utf16CodeUnits");
        w.name("results").beginArray();
        Occurrences occurrences = new Occurrences();
        for (Finding f : result.findings()) {
            writeResult(w, f, ruleIndex.get(f.ruleId()), occurrences.next(f.fingerprint()), context);
        }
        return w.endArray().endObject().endArray().endObject().toString();
    }

    private static void writeRule(JsonWriter w, RuleMeta meta) {
        w.beginObject()
                .name("id").value(meta.id())
                .name("name").value(camelCase(meta.id()))
                .name("shortDescription").beginObject().name("text").value(meta.title()).endObject()
                .name("fullDescription").beginObject().name("text").value(meta.flags().strip()).endObject()
                .name("help").beginObject()
                .name("text").value(helpMarkdown(meta))
                .name("markdown").value(helpMarkdown(meta))
                .endObject()
                .name("helpUri").value(ReportContext.ruleDocsUri(meta.id()))
                .name("defaultConfiguration").beginObject()
                .name("enabled").value(meta.defaultSeverity() != Severity.OFF)
                .name("level").value(level(meta.defaultSeverity()))
                .endObject()
                .name("properties").beginObject()
                .name("tags").beginArray().value(meta.category().title()).endArray()
                .endObject()
                .endObject();
    }

    /** What it flags, why, and the safe alternative: the rule page's core, readable as text too. */
    static String helpMarkdown(RuleMeta meta) {
        return "## What it flags\n\n" + meta.flags().strip() + "\n\n## Why\n\n" + meta.why().strip()
                + "\n\n## Safe alternative\n\n" + meta.recipe().strip() + "\n";
    }

    private static void writeResult(JsonWriter w, Finding f, Integer ruleIndex, int occurrence,
                                    ReportContext context) {
        w.beginObject().name("ruleId").value(f.ruleId());
        if (ruleIndex != null) {
            w.name("ruleIndex").value(ruleIndex);
        }
        String text = f.fix() == null || f.fix().isBlank() ? f.message() : f.message() + "\n\nFix:\n" + f.fix().strip();
        w.name("level").value(level(f.severity()))
                .name("message").beginObject().name("text").value(text).endObject()
                .name("locations").beginArray().beginObject().name("physicalLocation").beginObject();
        artifactLocation(w, context.path(f.file()));
        region(w.name("region"), f.range());
        w.endObject().endObject().endArray();
        w.name("partialFingerprints").beginObject()
                .name(FINGERPRINT_KEY).value(f.fingerprint() + ":" + occurrence)
                .endObject();
        if (FixText.isStatementRewrite(f.fix())) {
            w.name("fixes").beginArray().beginObject()
                    .name("description").beginObject()
                    .name("text").value("Replace the statement with the safe alternative").endObject()
                    .name("artifactChanges").beginArray().beginObject();
            artifactLocation(w, context.path(f.file()));
            w.name("replacements").beginArray().beginObject();
            region(w.name("deletedRegion"), f.statement().range());
            w.name("insertedContent").beginObject().name("text").value(f.fix().strip()).endObject()
                    .endObject().endArray()
                    .endObject().endArray()
                    .endObject().endArray();
        }
        w.endObject();
    }

    private static void writeNotification(JsonWriter w, Diagnostic d, ReportContext context) {
        w.beginObject().name("level").value("warning")
                .name("message").beginObject().name("text").value(d.message()).endObject()
                .name("locations").beginArray().beginObject().name("physicalLocation").beginObject();
        artifactLocation(w, context.path(d.file()));
        if (d.line() > 0) {
            w.name("region").beginObject().name("startLine").value(d.line());
            if (d.column() > 0) {
                w.name("startColumn").value(d.column());
            }
            w.endObject();
        }
        w.endObject().endObject().endArray().endObject();
    }

    private static void artifactLocation(JsonWriter w, String path) {
        w.name("artifactLocation").beginObject()
                .name("uri").value(Uris.relative(path))
                .name("uriBaseId").value(SRCROOT)
                .endObject();
    }

    /** SARIF's endColumn is the column after the region; ours is the last column in it. */
    private static void region(JsonWriter w, SourceRange r) {
        w.beginObject()
                .name("startLine").value(Math.max(1, r.line()))
                .name("startColumn").value(Math.max(1, r.column()))
                .name("endLine").value(Math.max(1, r.endLine()))
                .name("endColumn").value(Math.max(1, r.endColumn() + 1))
                .endObject();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
            case OFF -> "none";
        };
    }

    static String camelCase(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }

    /** Numbers identical fingerprints 1, 2, … in report order, so each result's fingerprint is unique. */
    static final class Occurrences {
        private final Map<String, Integer> seen = new HashMap<>();

        int next(String fingerprint) {
            return seen.merge(fingerprint, 1, Integer::sum);
        }
    }
}
