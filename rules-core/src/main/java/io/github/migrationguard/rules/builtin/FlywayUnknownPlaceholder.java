package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.ScriptContext;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.source.FlywaySettings;
import io.github.migrationguard.source.Placeholders;
import io.github.migrationguard.source.Runner;
import io.github.migrationguard.source.UnresolvedPlaceholder;
import io.github.migrationguard.sql.SourceRange;

import java.util.List;
import java.util.Locale;

/**
 * A placeholder Flyway has no value for. The source finds them while it replaces placeholders
 * ({@link io.github.migrationguard.source.Placeholders}); this rule reports each at its place, on the statement
 * around it (or the next one, for a placeholder in a comment between statements).
 */
public final class FlywayUnknownPlaceholder implements Rule {

    static final RuleMeta META = RuleMeta.builder("flyway-unknown-placeholder")
            .title("Placeholder without a value")
            .category(Category.TRANSACTIONS)
            .severity(Severity.ERROR)
            .flags("A placeholder (`${name}` with Flyway's default prefix and suffix) that the Flyway configuration "
                    + "gives no value and that is not one of Flyway's built-ins (`flyway:defaultSchema`, `flyway:user`, "
                    + "`flyway:database`, `flyway:timestamp`, `flyway:filename`, `flyway:workingDirectory`, "
                    + "`flyway:table`, `flyway:environment`). Flyway replaces placeholders everywhere, comments and "
                    + "string literals included.")
            .why("Flyway fails the migration at deploy: \"No value provided for placeholder: ${name}\". The "
                    + "configuration is read from the plugin parameters, the `flyway-maven-plugin` configuration, "
                    + "`flyway.conf` / `flyway.toml` and Spring Boot's `spring.flyway.placeholders.*`.")
            .recipe("Give the placeholder a value where Flyway is configured:\n\n"
                    + "```sql\n-- flyway.conf:         flyway.placeholders.owner=app_owner\n"
                    + "-- flyway-maven-plugin: <placeholders><owner>app_owner</owner></placeholders>\n"
                    + "-- Spring Boot:         spring.flyway.placeholders.owner=app_owner\n"
                    + "ALTER TABLE orders OWNER TO ${owner};\n```\n\n"
                    + "If the text is not meant as a placeholder, turn replacement off for this script "
                    + "(`placeholderReplacement=false` in `<script>.sql.conf`) or change the placeholder prefix.")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void finishScript(ScriptContext context) {
        if (context.script().runner() != Runner.FLYWAY || context.statements().isEmpty()) {
            return;
        }
        for (UnresolvedPlaceholder p : context.unresolvedPlaceholders()) {
            AnalyzedStatement at = holder(context.statements(), p);
            context.report(at, SourceRange.at(p.line(), p.column()),
                    "No value for placeholder '" + p.name() + "': Flyway fails this migration at deploy (\"No value "
                            + "provided for placeholder\").",
                    (builtInNamespace(p.name())
                            ? "-- '" + p.name() + "' is in Flyway's own namespace, which cannot be configured, and "
                            + "is not one of its built-ins:\n-- " + String.join(", ", BUILT_INS)
                            + ". Correct the name,\n"
                            : "-- Give '" + p.name() + "' a value where Flyway is configured, e.g. in flyway.conf:\n"
                            + "-- flyway.placeholders." + p.name() + "=<value>\n")
                            + "-- or, if it is not a placeholder, placeholderReplacement=false in "
                            + fileName(context.script().path()) + ".conf");
        }
    }

    private static final List<String> BUILT_INS = Placeholders.builtIns(FlywaySettings.defaults(), "", "").keySet()
            .stream().sorted().toList();

    /** {@code flyway:…}: names Flyway reserves for its built-ins. */
    private static boolean builtInNamespace(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.length() > 6 && lower.startsWith("flyway") && !Character.isLetterOrDigit(lower.charAt(6))
                && lower.charAt(6) != '_';
    }

    /** The top-level statement holding the position, else the first one after it, else the last one. */
    private static AnalyzedStatement holder(List<AnalyzedStatement> statements, UnresolvedPlaceholder p) {
        AnalyzedStatement last = statements.get(0);
        for (AnalyzedStatement s : statements) {
            if (!s.isTopLevel()) {
                continue;
            }
            SourceRange r = s.sql().range();
            if (after(p, r.endLine(), r.endColumn())) {
                last = s;
                continue;
            }
            return s;
        }
        return last;
    }

    private static boolean after(UnresolvedPlaceholder p, int line, int column) {
        return p.line() > line || (p.line() == line && p.column() > column);
    }

    private static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
