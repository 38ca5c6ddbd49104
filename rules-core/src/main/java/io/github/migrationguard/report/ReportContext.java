package io.github.migrationguard.report;

import io.github.migrationguard.engine.RuleRegistry;

/**
 * What the reports need besides the result: the rules' metadata, the tool's version, and where the
 * linted project sits in the repository.
 *
 * @param pathPrefix prepended to every file path in CI formats ({@code ""} or ending in '/'), so a module
 *                   of a multi-module build reports paths from the repository root, as code-scanning and
 *                   merge-request widgets expect
 */
public record ReportContext(RuleRegistry registry, String toolVersion, String pathPrefix) {

    /** Where each rule's page is published; SARIF's {@code helpUri} must be absolute. */
    public static final String RULE_DOCS_BASE =
            "https://github.com/migrationguard/migration-guard/blob/main/src/site/markdown/rules/";
    public static final String INFORMATION_URI = "https://github.com/migrationguard/migration-guard";

    public ReportContext {
        toolVersion = toolVersion == null || toolVersion.isBlank() ? "unknown" : toolVersion;
        String p = pathPrefix == null ? "" : pathPrefix.replace('\\', '/');
        pathPrefix = p.isEmpty() || p.endsWith("/") ? p : p + "/";
    }

    public static ReportContext of(RuleRegistry registry, String toolVersion) {
        return new ReportContext(registry, toolVersion, "");
    }

    /** A reported file's path from the repository root. */
    public String path(String file) {
        return pathPrefix + file;
    }

    public static String ruleDocsUri(String ruleId) {
        return RULE_DOCS_BASE + ruleId + ".md";
    }
}
