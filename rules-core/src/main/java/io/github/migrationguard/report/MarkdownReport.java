package io.github.migrationguard.report;

import io.github.migrationguard.Diagnostic;
import io.github.migrationguard.engine.Finding;
import io.github.migrationguard.engine.LintResult;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Severity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A review report for a pull-request comment: a summary table by severity, then one section per
 * {@link ReviewSection}, each finding with the offending SQL and the fix in code blocks.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(LintResult result, ReportContext context) {
        StringBuilder b = new StringBuilder("# Migration Guard review\n\n");
        b.append("| Severity | Findings |\n|---|---:|\n")
                .append("| error | ").append(result.summary().errors()).append(" |\n")
                .append("| warning | ").append(result.summary().warnings()).append(" |\n")
                .append("| info | ").append(result.summary().infos()).append(" |\n\n");
        b.append(TextReport.plural(result.summary().files(), "file")).append(", ")
                .append(TextReport.plural(result.summary().statements(), "statement")).append(" checked. ");
        long failing = result.failing();
        b.append(failing == 0 ? "Nothing at or above `" + result.failOn().label() + "`: the check passes."
                : "**" + TextReport.plural((int) failing, "finding") + " at or above `" + result.failOn().label()
                        + "` fail the check.**").append("\n");

        Map<ReviewSection, List<Finding>> sections = new EnumMap<>(ReviewSection.class);
        for (Finding f : result.findings()) {
            Category category = context.registry().find(f.ruleId()).map(r -> r.meta().category()).orElse(null);
            sections.computeIfAbsent(ReviewSection.of(f.ruleId(), category), k -> new ArrayList<>()).add(f);
        }
        sections.forEach((section, findings) -> {
            b.append("\n## ").append(section.title()).append("\n\n_").append(section.about()).append("_\n");
            findings.forEach(f -> appendFinding(b, f, context));
        });
        if (!result.diagnostics().isEmpty()) {
            b.append("\n## Diagnostics\n\n");
            for (Diagnostic d : result.diagnostics()) {
                b.append("- ").append(code(context.path(d.file()) + (d.line() > 0 ? ":" + d.line() : "")))
                        .append(' ').append(inline(d.message())).append('\n');
            }
        }
        return b.toString();
    }

    private static void appendFinding(StringBuilder b, Finding f, ReportContext context) {
        b.append("\n### ").append(icon(f.severity())).append(' ').append(f.severity().label()).append(" `")
                .append(f.ruleId()).append("` in ").append(code(context.path(f.file()) + ":" + f.range().line()))
                .append("\n\n")
                .append(inline(f.message())).append(" ([rule](").append(ReportContext.ruleDocsUri(f.ruleId())).append("))\n");
        String sql = f.statement().text();
        if (sql != null && !sql.isBlank()) {
            b.append('\n').append(fenced(sql.strip() + (sql.strip().endsWith(";") ? "" : ";")));
        }
        if (f.fix() != null && !f.fix().isBlank()) {
            b.append("\n**Fix**\n\n");
            b.append(FixText.isStatementRewrite(f.fix()) ? fenced(f.fix().strip()) : inline(f.fix().strip()) + "\n");
        }
    }

    /** A code block whose fence is longer than any backtick run inside, so SQL cannot end it early. */
    static String fenced(String sql) {
        String fence = "`".repeat(Math.max(3, longestBacktickRun(sql) + 1));
        return fence + "sql\n" + sql + "\n" + fence + "\n";
    }

    /** An inline code span that a backtick in a path cannot end early (CommonMark: a longer backtick string). */
    static String code(String text) {
        int longest = longestBacktickRun(text);
        String ticks = "`".repeat(longest + 1);
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return ticks + pad + text + pad + ticks;
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** Text for a paragraph: HTML-like markup neutralised so a message cannot inject tags into the comment. */
    private static String inline(String text) {
        return text.replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String icon(Severity severity) {
        return switch (severity) {
            case ERROR -> ":x:";
            case WARNING -> ":warning:";
            case INFO, OFF -> ":information_source:";
        };
    }
}
