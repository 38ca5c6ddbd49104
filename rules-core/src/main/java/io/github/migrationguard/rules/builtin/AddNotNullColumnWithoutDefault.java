package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.ColumnDef;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;

/** {@code ADD COLUMN … NOT NULL} with no default fails on any table with rows. */
public final class AddNotNullColumnWithoutDefault implements Rule {

    static final RuleMeta META = RuleMeta.builder("add-not-null-column-without-default")
            .title("NOT NULL column added without a default")
            .category(Category.LOCKS)
            .severity(Severity.ERROR)
            .flags("`ADD COLUMN … NOT NULL` (or `PRIMARY KEY`) with no default on an existing table. Identity, serial "
                    + "and generated columns fill themselves and are left to their own rules.")
            .why("Every existing row would get NULL in a column that refuses it: the migration fails with "
                    + "`column … contains null values` on any table with rows. Even where it passes (an empty table "
                    + "in one environment), the running application's INSERTs that do not name the new column fail.")
            .recipe("Give the column a default, which since PostgreSQL 11 is stored once and rewrites nothing:\n\n"
                    + "```sql\nALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'new';\n```\n\n"
                    + "If no default makes sense (or before PostgreSQL 11, where a default rewrites the table), add the "
                    + "column nullable, backfill it in batches, then make it NOT NULL (see `set-not-null`):\n\n"
                    + "```sql\nALTER TABLE orders ADD COLUMN status text;\n"
                    + "UPDATE orders SET status = 'new' WHERE status IS NULL AND id BETWEEN 1 AND 10000;\n```")
            .kinds(Statement.AlterTable.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Statement.AlterTable alter = (Statement.AlterTable) context.model();
        if (!context.catalog().isExisting(alter.table())) {
            return;
        }
        FlaggedActions flagged = new FlaggedActions(context, alter);
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.AddColumn add && failsOnRows(add.column())) {
                flag(flagged, action, context, alter.table(), add.column());
            }
        }
        flagged.report();
    }

    static boolean failsOnRows(ColumnDef column) {
        boolean hasDefault = column.defaultExpr().filter(d -> !d.nullLiteral()).isPresent();
        return column.effectivelyNotNull() && !hasDefault && column.generated().isEmpty();
    }

    private static void flag(FlaggedActions flagged, AlterAction action, RuleContext context, QualifiedName table,
                             ColumnDef column) {
        String name = QualifiedName.quote(column.name());
        String fix;
        if (context.pgVersion().atLeast(11)) {
            fix = "-- Give it a default (stored once, no rewrite since PostgreSQL 11):\nALTER TABLE " + table.sql()
                    + " ADD COLUMN " + name + " " + column.type().text() + " NOT NULL DEFAULT <value>;\n"
                    + "-- or add it nullable, backfill it in batches, then make it NOT NULL (see set-not-null).";
        } else {
            fix = "-- Before PostgreSQL 11 a default rewrites the table: add the column nullable, backfill it in\n"
                    + "-- batches, then make it NOT NULL (see set-not-null):\nALTER TABLE " + table.sql() + " ADD COLUMN " + name + " "
                    + column.type().text() + ";\n"
                    + BatchedRewrite.backfillBatch(table, name + " = <value>", name + " IS NULL",
                    TableKey.of(context.catalog(), table));
        }
        flagged.add(action, "ADD COLUMN " + Describe.quoted(column.name()) + " NOT NULL without a default on existing table "
                        + Describe.quoted(table) + ": the migration fails with \"column " + Describe.quoted(column.name())
                        + " of relation " + Describe.quoted(table) + " contains null values\" as soon as the table has a "
                        + "row, and the running application's INSERTs that do not set the column fail.",
                fix);
    }
}
