package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AlterAction;
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
import io.github.migrationguard.schema.ColumnInfo;

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
        FlaggedActions flagged = new FlaggedActions(context, alter);
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.AlterColumnType change) {
                Optional<DataType> from = knownType(context, alter.table(), change.column());
                TypeChange verdict = TypeChange.of(from, throughDomain(context, change.type()), change.using().isPresent(),
                        change.collation().isPresent(), context.pgVersion().atLeast(12));
                if (verdict.cost() != TypeChange.Cost.NO_REWRITE) {
                    flagged.add(action, message(alter.table(), change, verdict, unknownBecause(context, alter.table())),
                            fix(alter.table(), change, TableKey.of(context.catalog(), alter.table())));
                }
            }
        }
        flagged.report();
    }

    /** The column's type as the catalog knows it: declared or changed by an earlier statement of any replayed script. */
    private static Optional<DataType> knownType(RuleContext context, QualifiedName table, String column) {
        return context.catalog().table(table).flatMap(t -> t.column(column)).map(ColumnInfo::type);
    }

    /**
     * A domain without constraints stores its base type as is, so converting to it costs what converting to
     * the base type costs; a domain with constraints (or an unknown one) is taken as written.
     */
    private static DataType throughDomain(RuleContext context, DataType to) {
        if (to.isArray()) {
            return to;
        }
        int dot = to.name().lastIndexOf('.');
        QualifiedName name = dot < 0 ? QualifiedName.of(to.name())
                : new QualifiedName(to.name().substring(0, dot), to.name().substring(dot + 1));
        return context.catalog().domain(name).filter(d -> !d.constrained()).map(d -> d.baseType()).orElse(to);
    }

    /** Why the type is unknown, for the message: where the catalog lost track of the table, when it did. */
    private static String unknownBecause(RuleContext context, QualifiedName table) {
        return context.catalog().lostTrackOf(table)
                .map(u -> "the catalog lost track of the table at " + u.place() + ": " + u.what())
                .orElse("it was declared outside the migrations Migration Guard read");
    }

    private static String message(QualifiedName table, AlterAction.AlterColumnType change, TypeChange verdict,
                                  String unknownBecause) {
        String head = "ALTER COLUMN " + Describe.quoted(change.column()) + " TYPE " + change.type().text()
                + " on existing table " + Describe.quoted(table);
        String rewrite = "the table and all its indexes are rewritten under " + Describe.lock(LockMode.ACCESS_EXCLUSIVE)
                + " that blocks " + LockMode.ACCESS_EXCLUSIVE.blocks() + " until it finishes";
        switch (verdict.cost()) {
            case UNKNOWN_SOURCE:
                String free = verdict.explanation().isEmpty() ? ""
                        : " If the column is " + verdict.explanation() + " now, nothing is rewritten (only a brief "
                        + LockMode.ACCESS_EXCLUSIVE.sqlName() + " lock); from any other type";
                return head + ": the column's current type is not known to Migration Guard (" + unknownBecause
                        + ")." + (free.isEmpty() ? " Unless the change is binary-coercible, "
                        : free + " ") + rewrite + ".";
            case INDEX_REBUILD:
                return head + ": " + verdict.explanation() + ", all under " + Describe.lock(LockMode.ACCESS_EXCLUSIVE)
                        + " that blocks " + LockMode.ACCESS_EXCLUSIVE.blocks() + " until it finishes.";
            default:
                return head + ": " + verdict.explanation() + ", so " + rewrite + ".";
        }
    }

    /** {@code COLLATE "C"}: the reader folds the name and joins its parts with dots, so a dot is taken as part of it. */
    private static String collate(String collation) {
        String name = collation.startsWith("pg_catalog.") ? collation.substring("pg_catalog.".length()) : collation;
        return " COLLATE " + QualifiedName.quote(name);
    }

    private static String fix(QualifiedName table, AlterAction.AlterColumnType change, Optional<TableKey> key) {
        String t = table.sql();
        String c = QualifiedName.quote(change.column());
        String tmp = QualifiedName.quote(change.column() + "_new");
        String old = QualifiedName.quote(change.column() + "_old");
        String value = change.using().map(Expr::text).orElse(c + "::" + change.type().text());
        return "-- Expand and contract instead of rewriting in place:\n"
                + "ALTER TABLE " + t + " ADD COLUMN " + tmp + " " + change.type().text()
                + change.collation().map(ChangeColumnType::collate).orElse("") + ";\n"
                + "-- keep " + tmp + " in step for new writes (trigger or dual write), then backfill one batch per transaction:\n"
                + BatchedRewrite.backfillBatch(table, tmp + " = " + value, tmp + " IS NULL AND " + c + " IS NOT NULL", key)
                + "\n"
                + "-- switch in one short transaction, drop " + old + " in a later release:\n"
                + "ALTER TABLE " + t + " RENAME COLUMN " + c + " TO " + old + ";\n"
                + "ALTER TABLE " + t + " RENAME COLUMN " + tmp + " TO " + c + ";";
    }
}
