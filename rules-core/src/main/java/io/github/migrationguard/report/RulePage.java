package io.github.migrationguard.report;

import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleMeta;

import java.util.List;

/**
 * A rule's documentation page (markdown), generated from its metadata and its test examples so
 * that the page, the code and the tests cannot drift apart.
 */
public final class RulePage {

    /**
     * One example: a single migration ({@code bad-x.sql}) or a folder of migrations linted as one set
     * ({@code bad-x/} holding {@code V1__….sql}, {@code V2__….sql}). Names start with {@code bad-} or {@code good-}.
     *
     * @param migrations the files in the order they run (one for a single-migration example)
     * @param scope      for a folder, which of its migrations are pending, in words; empty for a single migration
     */
    public record Example(String name, List<Migration> migrations, String scope) {

        public Example {
            migrations = List.copyOf(migrations);
        }

        /** A single-migration example. */
        public Example(String name, String sql) {
            this(name, List.of(new Migration(name, sql)), "");
        }

        public boolean flagged() {
            return name.startsWith("bad");
        }

        /** A folder of migrations rather than one file. */
        public boolean isSet() {
            return !scope.isEmpty();
        }
    }

    /** One migration of an example: its file name and text. */
    public record Migration(String name, String sql) {
    }

    private RulePage() {
    }

    public static String render(RuleMeta meta, List<Example> examples) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(meta.id()).append("\n\n")
                .append(meta.title()).append("\n\n")
                .append("| Category | Default severity |\n|---|---|\n")
                .append("| ").append(meta.category().title()).append(" | `").append(meta.defaultSeverity().label())
                .append("` |\n\n")
                .append("## What it flags\n\n").append(meta.flags().strip()).append("\n\n")
                .append("## Why\n\n").append(meta.why().strip()).append("\n\n")
                .append("## Safe alternative\n\n").append(meta.recipe().strip()).append("\n\n");
        appendExamples(b, "Flagged", examples.stream().filter(Example::flagged).toList());
        appendExamples(b, "Not flagged", examples.stream().filter(e -> !e.flagged()).toList());
        b.append("## Configuration\n\n")
                .append("Suppress one statement, with a reason, on the line before it:\n\n")
                .append("```sql\n-- migration-guard:ignore ").append(meta.id())
                .append(" -- <why it is safe here>\n```\n\n")
                .append("Change its severity (`error`, `warning`, `info` or `off`) in the plugin configuration")
                .append(" or on the command line:\n\n")
                .append("```xml\n<rules>\n  <").append(meta.id()).append(">warning</").append(meta.id())
                .append(">\n</rules>\n```\n\n")
                .append("```\njava -jar migration-guard.jar check --rule ").append(meta.id())
                .append("=warning src/main/resources/db/migration\n```\n");
        return b.toString();
    }

    /** The catalog page: every rule by category. */
    public static String index(List<Rule> rules) {
        StringBuilder b = new StringBuilder("# Rules\n\nEvery rule Migration Guard ships, by category. ")
                .append("Severities are defaults; each can be changed or turned off.\n");
        for (Category category : Category.values()) {
            List<RuleMeta> metas = rules.stream().map(Rule::meta).filter(m -> m.category() == category).toList();
            if (metas.isEmpty()) {
                continue;
            }
            b.append("\n## ").append(category.title()).append("\n\n| Rule | Default | What it flags |\n|---|---|---|\n");
            for (RuleMeta m : metas) {
                b.append("| [").append(m.id()).append("](").append(m.id()).append(".md) | `")
                        .append(m.defaultSeverity().label()).append("` | ").append(m.title()).append(" |\n");
            }
        }
        return b.toString();
    }

    private static void appendExamples(StringBuilder b, String heading, List<Example> examples) {
        if (examples.isEmpty()) {
            return;
        }
        b.append("## ").append(heading).append("\n\n");
        for (Example e : examples) {
            if (e.isSet()) {
                b.append("`").append(e.name()).append("/`: ").append(e.scope()).append("\n\n");
            }
            for (Migration m : e.migrations()) {
                b.append("`").append(m.name()).append("`\n\n```sql\n").append(m.sql().strip()).append("\n```\n\n");
            }
        }
    }
}
