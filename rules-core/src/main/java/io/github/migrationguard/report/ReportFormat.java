package io.github.migrationguard.report;

import io.github.migrationguard.engine.LintResult;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every output format, with the file the Maven plugin writes it to. {@code text} and {@code github}
 * are console formats: they have no file.
 */
public enum ReportFormat {
    TEXT(null),
    JSON("report.json"),
    SARIF("report.sarif"),
    JUNIT("TEST-migration-guard.xml"),
    CHECKSTYLE("checkstyle-result.xml"),
    GITLAB("gl-code-quality-report.json"),
    MARKDOWN("report.md"),
    GITHUB(null);

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    /** The file name under the report directory; null for console formats. */
    public String fileName() {
        return fileName;
    }

    public boolean writesFile() {
        return fileName != null;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String render(LintResult result, ReportContext context) {
        return switch (this) {
            case TEXT -> String.join("\n", TextReport.lines(result)) + "\n";
            case JSON -> JsonReport.render(result, context.toolVersion());
            case SARIF -> SarifReport.render(result, context);
            case JUNIT -> JUnitReport.render(result, context);
            case CHECKSTYLE -> CheckstyleReport.render(result, context);
            case GITLAB -> GitLabCodeQualityReport.render(result, context);
            case MARKDOWN -> MarkdownReport.render(result, context);
            case GITHUB -> String.join("\n", GitHubAnnotations.lines(result, context)) + "\n";
        };
    }

    /** Parses a format name, case-insensitive; the message lists the known ones. */
    public static ReportFormat parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (f.label().equals(t)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown report format '" + text + "': use "
                + Arrays.stream(values()).map(ReportFormat::label).collect(Collectors.joining(", ")));
    }
}
