package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.LockMode;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.RelationKind;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;

import java.util.List;
import java.util.stream.Collectors;

/** {@code DROP TABLE} of a table that may hold data the application still uses. */
public final class DropTable implements Rule {

    static final RuleMeta META = RuleMeta.builder("drop-table")
            .title("DROP TABLE of an existing table")
            .category(Category.COMPATIBILITY)
            .severity(Severity.ERROR)
            .flags("`DROP TABLE` of each table that was not created earlier in the same migration, with or without "
                    + "`IF EXISTS`. Dropping a table the migration itself created (a scratch or staging table) is fine.")
            .why("Its rows are gone for good: only a backup brings them back, and a rollback of the application does "
                    + "not. Application instances still running the old code fail on every query that names it. The drop "
                    + "takes an ACCESS EXCLUSIVE lock, so while it waits for running queries to finish, every read and "
                    + "write of the table queues behind it.")
            .recipe("Contract in two releases: first release code that no longer reads or writes the table, then drop it "
                    + "in a later migration. Keep a way back until you are sure, e.g. rename it first:\n\n"
                    + "```sql\n-- release N (after the code stopped using it)\nALTER TABLE legacy_orders RENAME TO legacy_orders_retired;\n\n"
                    + "-- release N+1\nDROP TABLE IF EXISTS legacy_orders_retired;\n```\n\n"
                    + "or copy it out first (`pg_dump --table=legacy_orders`).")
            .kinds(Statement.DropRelation.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Statement.DropRelation drop = (Statement.DropRelation) context.model();
        if (drop.kind() != RelationKind.TABLE) {
            return;
        }
        List<QualifiedName> existing = drop.names().stream().filter(context.catalog()::isExisting).toList();
        if (existing.isEmpty()) {
            return;
        }
        List<QualifiedName> created = drop.names().stream().filter(context.catalog()::isNew).toList();
        LockMode lock = LockMode.ACCESS_EXCLUSIVE;
        boolean several = existing.size() > 1;
        String it = several ? "them" : "it";
        context.report("DROP TABLE of existing table" + StatementText.plural(existing) + " "
                        + Describe.quoted(existing) + " deletes all " + (several ? "their" : "its") + " rows for good "
                        + "(data loss) and breaks the application code still using " + it + "; it takes an "
                        + lock.sqlName() + " lock, which blocks " + lock.blocks() + " while it waits and runs.",
                (created.isEmpty() ? "" : "-- The tables created in this deployment can go now:\nDROP TABLE "
                        + created.stream().map(QualifiedName::sql).collect(Collectors.joining(", ")) + ";\n")
                        + "-- First release code that no longer uses " + it + ", then drop " + it + " in a later migration, "
                        + "keeping a way back:\n"
                        + existing.stream().map(DropTable::retire).collect(Collectors.joining("\n"))
                        + "\n-- and in a later release:\n"
                        + existing.stream().map(n -> "DROP TABLE IF EXISTS " + retired(n).sql() + ";")
                        .collect(Collectors.joining("\n")));
    }

    private static String retire(QualifiedName table) {
        return "ALTER TABLE " + table.sql() + " RENAME TO " + QualifiedName.quote(retired(table).name()) + ";";
    }

    private static QualifiedName retired(QualifiedName table) {
        return new QualifiedName(table.schema(), table.name() + "_retired");
    }
}
