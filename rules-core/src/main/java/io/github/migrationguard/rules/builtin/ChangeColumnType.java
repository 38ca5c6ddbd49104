package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.DataType;
import io.github.migrationguard.model.Expr;
import io.github.migrationguard.model.LockMode;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;

import java.util.Optional;

/** {@code ALTER COLUMN … TYPE} that rewrites the table, or may: the old type is often not known. */
public final class ChangeColumnType implements Rule {

    static final RuleMeta META = RuleMeta.builder("change-column-type")
            .title("Column type change that rewrites the table")
            .category(Category.LOCKS)
            .severity(Severity.ERROR)
            .flags("`ALTER COLUMN … TYPE` on an existing table, unless the change is known to be binary-coercible: "
                    + "`varchar(n)` to a larger `n` or unbounded, `varchar` ↔ `text`, `varbit(n)` to a larger `n`, "
                    + "`numeric(p,s)` to a larger `p` with the same `s` or unbounded, a larger timestamp, time or "
                    + "interval precision, `cidr` to `inet`. Any `USING` or `COLLATE` is flagged. When the column's "
                    + "current type is not known (it was declared outside the migrations in scope) the change is "
                    + "flagged and the message says which current types would make it free.")
            .why("A change that is not binary-coercible rewrites the whole table and rebuilds all its indexes under an "
                    + "ACCESS EXCLUSIVE lock: every read and write waits until it finishes. `timestamp` to "
                    + "`timestamptz` keeps the table when the session time zone is UTC (PostgreSQL 12+) but still "
                    + "rebuilds every index on the column under that lock. A binary-coercible change only takes the "
                    + "lock briefly.")
            .recipe("Expand and contract: add a new column, keep it in step with the old one for new writes (trigger "
                    + "or application dual write), backfill it in batches, switch, then drop the old column in a "
                    + "later release:\n\n"
                    + "```sql\nALTER TABLE orders ADD COLUMN amount_new numeric(12, 2);\n"
                    + "-- dual write, then backfill one batch per transaction:\n"
                    + "UPDATE orders SET amount_new = amount WHERE id BETWEEN 1 AND 10000;\n"
                    + "-- switch in one short transaction:\n"
                    + "ALTER TABLE orders RENAME COLUMN amount TO amount_old;\n"
                    + "ALTER TABLE orders RENAME COLUMN amount_new TO amount;\n```")
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
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.AlterColumnType change) {
                Optional<DataType> from = declaredEarlier(context, alter.table(), change.column());
                TypeChange verdict = TypeChange.of(from, change.type(), change.using().isPresent(),
                        change.collation().isPresent(), context.pgVersion().atLeast(12));
                if (verdict.cost() != TypeChange.Cost.NO_REWRITE) {
                    context.report(message(alter.table(), change, verdict), fix(alter.table(), change));
                    return;
                }
            }
        }
    }

    /** The column's type as an earlier statement of this migration declared or changed it. */
    private static Optional<DataType> declaredEarlier(RuleContext context, QualifiedName table, String column) {
        Optional<DataType> type = Optional.empty();
        for (AnalyzedStatement s : EarlierStatements.of(context)) {
            if (s.model() instanceof Statement.AlterTable a && a.table().sameObject(table)) {
                for (AlterAction action : a.actions()) {
                    if (action instanceof AlterAction.AddColumn add && add.column().name().equals(column)) {
                        type = Optional.of(add.column().type());
                    } else if (action instanceof AlterAction.AlterColumnType t && t.column().equals(column)) {
                        type = Optional.of(t.type());
                    }
                }
            }
        }
        return type;
    }

    private static String message(QualifiedName table, AlterAction.AlterColumnType change, TypeChange verdict) {
        String head = "ALTER COLUMN " + Describe.column(change.column()) + " TYPE " + change.type().text()
                + " on existing table " + Describe.relation(table);
        String rewrite = "the table and all its indexes are rewritten under " + Describe.lock(LockMode.ACCESS_EXCLUSIVE)
                + " that blocks " + LockMode.ACCESS_EXCLUSIVE.blocks() + " until it finishes";
        switch (verdict.cost()) {
            case UNKNOWN_SOURCE:
                String free = verdict.explanation().isEmpty() ? ""
                        : " If the column is " + verdict.explanation() + " now, nothing is rewritten (only a brief "
                        + LockMode.ACCESS_EXCLUSIVE.sqlName() + " lock); from any other type";
                return head + ": the column's current type is not known to Migration Guard (it was declared outside "
                        + "the migrations in scope)." + (free.isEmpty() ? " Unless the change is binary-coercible, "
                        : free + " ") + rewrite + ".";
            case INDEX_REBUILD:
                return head + ": " + verdict.explanation() + ", all under " + Describe.lock(LockMode.ACCESS_EXCLUSIVE)
                        + " that blocks " + LockMode.ACCESS_EXCLUSIVE.blocks() + " until it finishes.";
            default:
                return head + ": " + verdict.explanation() + ", so " + rewrite + ".";
        }
    }

    private static String fix(QualifiedName table, AlterAction.AlterColumnType change) {
        String t = table.sql();
        String c = QualifiedName.quote(change.column());
        String tmp = QualifiedName.quote(change.column() + "_new");
        String old = QualifiedName.quote(change.column() + "_old");
        String value = change.using().map(Expr::text).orElse(c + "::" + change.type().text());
        return "-- Expand and contract instead of rewriting in place:\n"
                + "ALTER TABLE " + t + " ADD COLUMN " + tmp + " " + change.type().text() + ";\n"
                + "-- keep " + tmp + " in step for new writes (trigger or dual write), then backfill one batch per transaction:\n"
                + "UPDATE " + t + " SET " + tmp + " = " + value + " WHERE <primary key> BETWEEN <from> AND <to>;\n"
                + "-- switch in one short transaction, drop " + old + " in a later release:\n"
                + "ALTER TABLE " + t + " RENAME COLUMN " + c + " TO " + old + ";\n"
                + "ALTER TABLE " + t + " RENAME COLUMN " + tmp + " TO " + c + ";";
    }
}
