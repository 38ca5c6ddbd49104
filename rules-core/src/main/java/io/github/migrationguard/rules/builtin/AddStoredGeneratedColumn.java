package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.ColumnDef;
import io.github.migrationguard.model.Expr;
import io.github.migrationguard.model.LockMode;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;

import java.util.stream.Collectors;

/**
 * {@code ADD COLUMN … GENERATED ALWAYS AS (…) STORED} computes and writes the value into every row: a
 * rewrite under AEL. A PostgreSQL 18 virtual generated column (the default there) writes nothing.
 */
public final class AddStoredGeneratedColumn implements Rule {

    static final RuleMeta META = RuleMeta.builder("add-stored-generated-column")
            .title("Stored generated column added to an existing table")
            .category(Category.LOCKS)
            .severity(Severity.ERROR)
            .flags("`ADD COLUMN … GENERATED ALWAYS AS (…) STORED` on an existing table. A `VIRTUAL` generated column "
                    + "(PostgreSQL 18, and the default there when neither word is written) is not flagged.")
            .why("PostgreSQL computes the expression for every existing row and stores it: the whole table and all its "
                    + "indexes are rewritten under an ACCESS EXCLUSIVE lock, and every read and write waits until the "
                    + "rewrite finishes.")
            .recipe("PostgreSQL 18: make the column `VIRTUAL` (computed on read, nothing rewritten), unless you need "
                    + "to index it or its expression calls user-defined functions, which virtual columns refuse:\n\n"
                    + "```sql\nALTER TABLE orders ADD COLUMN total_cents bigint GENERATED ALWAYS AS (total * 100) VIRTUAL;\n```\n\n"
                    + "Before 18 (or when it must be stored): add a plain column, keep it up to date with a trigger for "
                    + "new and changed rows, and backfill the existing rows in batches:\n\n"
                    + "```sql\nALTER TABLE orders ADD COLUMN total_cents bigint;\n"
                    + "-- a BEFORE INSERT OR UPDATE trigger sets NEW.total_cents := NEW.total * 100\n"
                    + "-- backfill, one batch per transaction:\n"
                    + "UPDATE orders SET total_cents = total * 100 WHERE total_cents IS NULL AND id BETWEEN 1 AND 10000;\n```")
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
            if (action instanceof AlterAction.AddColumn add && add.column().generated()
                    .filter(g -> g.kind() == ColumnDef.Generated.Kind.STORED).isPresent()) {
                flag(flagged, action, context, alter, add.column());
            }
        }
        flagged.report();
    }

    private static void flag(FlaggedActions flagged, AlterAction action, RuleContext context,
                             Statement.AlterTable alter, ColumnDef column) {
        flagged.add(action, "ADD COLUMN " + Describe.quoted(column.name()) + " GENERATED … STORED on existing table "
                        + Describe.quoted(alter.table()) + " computes the expression for every row, rewriting the "
                        + "table and all its indexes under " + Describe.lock(LockMode.ACCESS_EXCLUSIVE) + " that blocks "
                        + LockMode.ACCESS_EXCLUSIVE.blocks() + " until the rewrite finishes.",
                context.pgVersion().atLeast(18) ? virtual(context, alter, column) : plainColumn(context, alter.table(), column));
    }

    private static String virtual(RuleContext context, Statement.AlterTable alter, ColumnDef column) {
        String statement = alter.actions().size() == 1
                ? StatementRewrite.replace(context.statement().sql(), "STORED", "VIRTUAL").orElse(null) : null;
        if (statement == null) {
            statement = "ALTER TABLE " + alter.table().sql() + " ADD COLUMN " + QualifiedName.quote(column.name()) + " "
                    + column.type().text() + " GENERATED ALWAYS AS (" + expression(column) + ") VIRTUAL";
        }
        return "-- PostgreSQL 18: a virtual column is computed on read and rewrites nothing\n"
                + "-- (it cannot be indexed nor call user-defined functions; if you need that, see below).\n"
                + statement + ";\n"
                + "-- If it must be stored instead:\n" + commentedOut(plainColumn(context, alter.table(), column));
    }

    private static String plainColumn(RuleContext context, QualifiedName table, ColumnDef column) {
        String name = QualifiedName.quote(column.name());
        return "ALTER TABLE " + table.sql() + " ADD COLUMN " + name + " " + column.type().text() + ";\n"
                + "-- keep it up to date with a BEFORE INSERT OR UPDATE trigger setting NEW." + name + " := "
                + expression(column) + ";\n"
                + "-- backfill existing rows in batches, one batch per transaction:\n"
                + BatchedRewrite.backfillBatch(table, name + " = " + expression(column), name + " IS NULL AND ("
                + expression(column) + ") IS NOT NULL", TableKey.of(context.catalog(), table));
    }

    /** SQL lines turned into comments, so an alternative recipe is shown but not run by a copy and paste. */
    private static String commentedOut(String sql) {
        return sql.lines().map(line -> line.startsWith("--") ? line : "-- " + line)
                .collect(Collectors.joining("\n"));
    }

    private static String expression(ColumnDef column) {
        return column.generated().flatMap(ColumnDef.Generated::expression).map(Expr::text).orElse("…");
    }
}
