package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;

import java.util.List;
import java.util.stream.Collectors;

/** {@code DROP DATABASE} or {@code DROP SCHEMA}: everything in it goes at once. */
public final class DropDatabaseOrSchema implements Rule {

    static final RuleMeta META = RuleMeta.builder("drop-database-or-schema")
            .title("DROP DATABASE or DROP SCHEMA")
            .category(Category.COMPATIBILITY)
            .severity(Severity.ERROR)
            .flags("`DROP DATABASE` and `DROP SCHEMA`, with or without `IF EXISTS` and `CASCADE`, except a schema created "
                    + "earlier in the same migration.")
            .why("Every table, row and object in the database or schema is gone for good: only a backup brings it "
                    + "back. With `CASCADE` a schema takes its tables, views, functions and types along, and objects "
                    + "elsewhere that depend on them. `DROP DATABASE` fails while anyone is connected (and cannot run "
                    + "in a transaction), so a migration that reaches it either fails or has just cut off its "
                    + "application.")
            .recipe("Retire it first and drop it in a later release, once nothing uses it and a backup exists:\n\n"
                    + "```sql\n-- release N\nALTER SCHEMA reporting RENAME TO reporting_retired;\n\n"
                    + "-- release N+1\nDROP SCHEMA IF EXISTS reporting_retired CASCADE;\n```\n\n"
                    + "Dropping a database belongs in operations tooling, not in the application's migrations.")
            .kinds(Statement.DropObject.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Statement.DropObject drop = (Statement.DropObject) context.model();
        if (!drop.kind().equals("SCHEMA") && !drop.kind().equals("DATABASE")) {
            return;
        }
        String kind = drop.kind();
        List<QualifiedName> names = drop.names().stream()
                .filter(n -> !EarlierStatements.createdObject(context, kind, n)).toList();
        if (names.isEmpty()) {
            return;
        }
        boolean several = names.size() > 1;
        String what = kind.equals("SCHEMA")
                ? "deletes every table, row and object in " + (several ? "them" : "it") + " for good"
                + (drop.cascade() ? " (CASCADE: and what depends on them elsewhere)"
                : "; without CASCADE it fails if " + (several ? "a schema" : "the schema") + " is not empty")
                : "deletes the whole database for good, and fails while anyone is connected to it";
        context.report("DROP " + kind + " " + Describe.quoted(names) + " " + what + ": only a backup brings "
                        + (several ? "them" : "it") + " back, and application code still using " + (several ? "them" : "it")
                        + " breaks.",
                "-- Retire it first; drop it in a later release, after a backup, once nothing uses it:\n"
                        + names.stream().map(n -> "ALTER " + kind + " " + n.sql() + " RENAME TO "
                        + QualifiedName.quote(n.name() + "_retired") + ";").collect(Collectors.joining("\n"))
                        + "\n-- later release:\n"
                        + names.stream().map(n -> "DROP " + kind + " IF EXISTS " + QualifiedName.quote(n.name() + "_retired")
                        + (drop.cascade() ? " CASCADE" : "") + ";").collect(Collectors.joining("\n")));
    }
}
