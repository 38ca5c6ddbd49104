package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.ConstraintDef;
import io.github.migrationguard.model.ConstraintKind;
import io.github.migrationguard.model.LockMode;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.schema.ColumnInfo;
import io.github.migrationguard.schema.ConstraintInfo;
import io.github.migrationguard.schema.TableInfo;

import java.util.Optional;

/**
 * {@code SET NOT NULL} scans the whole table under ACCESS EXCLUSIVE, unless a validated constraint
 * already proves the column has no NULLs (PostgreSQL 12+).
 */
public final class SetNotNull implements Rule {

    static final RuleMeta META = RuleMeta.builder("set-not-null")
            .title("SET NOT NULL scans the table under an exclusive lock")
            .category(Category.LOCKS)
            .severity(Severity.ERROR)
            .flags("`ALTER COLUMN … SET NOT NULL` (and, on PostgreSQL 18, `ADD CONSTRAINT … NOT NULL col` without "
                    + "`NOT VALID`) on an existing table, unless the migration has already validated a "
                    + "`CHECK (col IS NOT NULL)` constraint (PostgreSQL 12+) or, on PostgreSQL 18, a `NOT NULL` "
                    + "constraint on the column. Before 18, `ADD CONSTRAINT … NOT NULL` (with or without `NOT VALID`) "
                    + "is flagged on any table: it fails there with a syntax error.")
            .why("PostgreSQL checks every row for NULLs while it holds an ACCESS EXCLUSIVE lock: every read and write "
                    + "of the table waits for the whole scan.")
            .recipe("PostgreSQL 12–17: prove the column has no NULLs with a `CHECK` constraint validated under a weak "
                    + "lock; `SET NOT NULL` then skips the scan:\n\n"
                    + "```sql\nALTER TABLE orders ADD CONSTRAINT orders_status_not_null CHECK (status IS NOT NULL) NOT VALID;\n"
                    + "-- in a later transaction (SHARE UPDATE EXCLUSIVE: reads and writes go on):\n"
                    + "ALTER TABLE orders VALIDATE CONSTRAINT orders_status_not_null;\n"
                    + "ALTER TABLE orders ALTER COLUMN status SET NOT NULL;\n"
                    + "ALTER TABLE orders DROP CONSTRAINT orders_status_not_null;\n```\n\n"
                    + "PostgreSQL 18: add the NOT NULL constraint itself as `NOT VALID` (brief ACCESS EXCLUSIVE, no scan, "
                    + "new NULLs are rejected at once), then validate it; no `SET NOT NULL` is needed, and never run "
                    + "`SET NOT NULL` while the constraint is still `NOT VALID`:\n\n"
                    + "```sql\nALTER TABLE orders ADD CONSTRAINT orders_status_not_null NOT NULL status NOT VALID;\n"
                    + "-- in a later transaction:\n"
                    + "ALTER TABLE orders VALIDATE CONSTRAINT orders_status_not_null;\n```\n\n"
                    + "PostgreSQL 10 and 11 have no scan-free path: backfill first, set `lock_timeout`, and run "
                    + "`SET NOT NULL` when the table is quiet.")
            .kinds(Statement.AlterTable.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Statement.AlterTable alter = (Statement.AlterTable) context.model();
        if (!context.pgVersion().atLeast(18)) {
            Optional<ConstraintDef> notNull = alter.actions().stream()
                    .filter(a -> a instanceof AlterAction.AddConstraint add && add.constraint().kind() == ConstraintKind.NOT_NULL)
                    .map(a -> ((AlterAction.AddConstraint) a).constraint()).findFirst();
            if (notNull.isPresent()) {
                reportNoNotNullConstraint(context, alter.table(), notNull.get());
                return;
            }
        }
        if (!context.catalog().isExisting(alter.table())) {
            return;
        }
        FlaggedActions flagged = new FlaggedActions(context, alter);
        for (AlterAction action : alter.actions()) {
            Optional<String> column = scanningNotNull(action);
            if (column.isPresent() && !provenNotNull(context, alter.table(), column.get())) {
                flag(flagged, action, context, alter.table(), column.get(), action instanceof AlterAction.SetNotNull);
            }
        }
        flagged.report();
    }

    /** The column an action makes NOT NULL by scanning the table, if it does. */
    private static Optional<String> scanningNotNull(AlterAction action) {
        if (action instanceof AlterAction.SetNotNull s) {
            return Optional.of(s.column());
        }
        if (action instanceof AlterAction.AddConstraint a && a.constraint().kind() == ConstraintKind.NOT_NULL
                && !a.constraint().notValid()) {
            return a.constraint().notNullColumn();
        }
        return Optional.empty();
    }

    /**
     * True when the catalog knows PostgreSQL can skip the scan: the column is NOT NULL already, or a validated
     * {@code CHECK (col IS NOT NULL)} exists on 12+, or a validated {@code NOT NULL} constraint on 18.
     */
    private static boolean provenNotNull(RuleContext context, QualifiedName table, String column) {
        Optional<TableInfo> info = context.catalog().table(table);
        if (info.flatMap(t -> t.column(column)).filter(ColumnInfo::notNull).isPresent()) {
            return true;
        }
        return info.stream().flatMap(t -> t.constraints().stream())
                .anyMatch(c -> c.validated() && proves(c, column, context));
    }

    /** A constraint that would prove the column but is still NOT VALID: the scan is not skipped. */
    private static Optional<ConstraintInfo> notYetValid(RuleContext context, QualifiedName table, String column) {
        return context.catalog().table(table).stream().flatMap(t -> t.constraints().stream())
                .filter(c -> !c.validated() && proves(c, column, context)).findFirst();
    }

    private static boolean proves(ConstraintInfo constraint, String column, RuleContext context) {
        boolean kind = (constraint.kind() == ConstraintKind.CHECK && context.pgVersion().atLeast(12))
                || (constraint.kind() == ConstraintKind.NOT_NULL && context.pgVersion().atLeast(18));
        return kind && constraint.notNullColumn().filter(column::equals).isPresent();
    }

    private static void flag(FlaggedActions flagged, AlterAction action, RuleContext context, QualifiedName table,
                             String column, boolean setNotNull) {
        String what = setNotNull ? "SET NOT NULL" : "ADD CONSTRAINT … NOT NULL without NOT VALID";
        flagged.add(action, what + " on column " + Describe.quoted(column) + " of existing table " + Describe.quoted(table)
                        + " scans every row for NULLs under "
                        + Describe.lockBlocking(LockMode.ACCESS_EXCLUSIVE, "held for the whole scan") + "."
                        + notYetValid(context, table, column).map(c -> " Constraint " + QualifiedName.quote(c.name())
                                + " would spare the scan, but it is still NOT VALID: VALIDATE CONSTRAINT it first, in an "
                                + "earlier transaction.").orElse(""),
                fix(context, table, column));
    }

    /** Before 18 a table constraint cannot be {@code NOT NULL}: the statement is a syntax error, on any table. */
    private static void reportNoNotNullConstraint(RuleContext context, QualifiedName table, ConstraintDef constraint) {
        String column = constraint.notNullColumn().orElse("<column>");
        context.report(Describe.syntaxFrom("ADD CONSTRAINT … NOT NULL", 18, context),
                context.catalog().isExisting(table) ? fix(context, table, column)
                        : "-- A table new in this deployment has no rows to scan:\nALTER TABLE " + table.sql()
                        + " ALTER COLUMN " + QualifiedName.quote(column) + " SET NOT NULL;");
    }

    static String fix(RuleContext context, QualifiedName table, String column) {
        String t = table.sql();
        String c = QualifiedName.quote(column);
        String constraint = QualifiedName.quote(table.name() + "_" + column + "_not_null");
        if (context.pgVersion().atLeast(18)) {
            return "ALTER TABLE " + t + " ADD CONSTRAINT " + constraint + " NOT NULL " + c + " NOT VALID;\n"
                    + "-- in a later transaction (SHARE UPDATE EXCLUSIVE: reads and writes go on):\n"
                    + "ALTER TABLE " + t + " VALIDATE CONSTRAINT " + constraint + ";\n"
                    + "-- No SET NOT NULL is needed after the validation.";
        }
        if (context.pgVersion().atLeast(12)) {
            return "ALTER TABLE " + t + " ADD CONSTRAINT " + constraint + " CHECK (" + c + " IS NOT NULL) NOT VALID;\n"
                    + "-- in a later transaction (SHARE UPDATE EXCLUSIVE: reads and writes go on):\n"
                    + "ALTER TABLE " + t + " VALIDATE CONSTRAINT " + constraint + ";\n"
                    + "ALTER TABLE " + t + " ALTER COLUMN " + c + " SET NOT NULL; -- no scan: the constraint proves it\n"
                    + "ALTER TABLE " + t + " DROP CONSTRAINT " + constraint + ";";
        }
        return "-- PostgreSQL " + context.pgVersion().major() + " has no scan-free way: backfill first, then run it "
                + "with a short lock_timeout when the table is quiet:\nSET lock_timeout = '5s';\nALTER TABLE " + t
                + " ALTER COLUMN " + c + " SET NOT NULL;\n-- or keep a CHECK (" + c + " IS NOT NULL) constraint, added "
                + "NOT VALID and validated separately, instead of NOT NULL.";
    }
}
