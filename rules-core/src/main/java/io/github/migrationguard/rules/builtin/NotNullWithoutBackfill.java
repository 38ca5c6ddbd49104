package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.ColumnDef;
import io.github.migrationguard.model.ConstraintDef;
import io.github.migrationguard.model.ConstraintKind;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.ScriptContext;
import io.github.migrationguard.rules.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A column added nullable with no default, then made NOT NULL with no backfill in between: the
 * existing rows are all NULL, so the migration fails. Followed across the deployment scope: within one
 * migration, or across the pending set when the engine knows it.
 *
 * <p>{@code SET DEFAULT} does not count as a backfill: it only applies to rows inserted later.
 */
public final class NotNullWithoutBackfill implements Rule {

    static final RuleMeta META = RuleMeta.builder("not-null-without-backfill")
            .title("Column made NOT NULL before it was backfilled")
            .category(Category.LOCKS)
            .severity(Severity.ERROR)
            .flags("A column added nullable with no default to an existing table, then made NOT NULL (`SET NOT NULL`, "
                    + "or a `NOT NULL` / `CHECK (col IS NOT NULL)` constraint being validated) with no "
                    + "`UPDATE … SET col` in between. With PostgreSQL 18's `NOT NULL … NOT VALID` the failure comes "
                    + "at its `VALIDATE`, so the finding goes there. `SET DEFAULT` is no backfill: it only applies to "
                    + "new rows.")
            .why("Every existing row holds NULL in the new column, so the migration fails on the first one with "
                    + "`column … contains null values` (or `check constraint … is violated by some row`).")
            .recipe("Backfill the column in batches before the constraint, each batch in its own transaction:\n\n"
                    + "```sql\nALTER TABLE orders ADD COLUMN region text;\n"
                    + "UPDATE orders SET region = 'eu' WHERE region IS NULL AND id BETWEEN 1 AND 10000;\n"
                    + "-- … more batches, then the NOT NULL step (see set-not-null)\n```\n\n"
                    + "or add the column with a default, which fills every existing row without a rewrite since "
                    + "PostgreSQL 11:\n\n"
                    + "```sql\nALTER TABLE orders ADD COLUMN region text NOT NULL DEFAULT 'eu';\n```")
            .kinds(Statement.AlterTable.class, Statement.Update.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Unfilled unfilled = context.state(Unfilled.class, Unfilled::new);
        if (context.model() instanceof Statement.Update update) {
            update.setColumns().forEach(c -> unfilled.remove(update.table(), c));
            return;
        }
        Statement.AlterTable alter = (Statement.AlterTable) context.model();
        for (AlterAction action : alter.actions()) {
            follow(context, unfilled, alter.table(), action);
        }
    }

    @Override
    public void finishScript(ScriptContext context) {
        // A column added in an earlier migration of the pending set is still unfilled in the next one.
        if (!context.scopeSpansScripts()) {
            context.state(Unfilled.class, Unfilled::new).clear();
        }
    }

    private static void follow(RuleContext context, Unfilled unfilled, QualifiedName table, AlterAction action) {
        if (action instanceof AlterAction.AddColumn add) {
            if (addedEmpty(add.column()) && context.catalog().isExisting(table)) {
                unfilled.add(new Added(table, add.column().name(), context.statement(), context.script().path()));
            }
        } else if (action instanceof AlterAction.DropColumn drop) {
            unfilled.remove(table, drop.column());
        } else if (action instanceof AlterAction.SetNotNull set) {
            unfilled.find(table, set.column()).ifPresent(added -> {
                report(context, added, "is made NOT NULL here");
                unfilled.remove(table, set.column());
            });
        } else if (action instanceof AlterAction.AddConstraint add) {
            ConstraintDef constraint = add.constraint();
            Optional<Added> added = constraint.notNullColumn().flatMap(c -> unfilled.find(table, c));
            if (added.isEmpty()
                    || (constraint.kind() != ConstraintKind.CHECK && constraint.kind() != ConstraintKind.NOT_NULL)) {
                return;
            }
            if (constraint.notValid()) {
                unfilled.awaitValidation(constraint.name().orElse(defaultName(table, added.get().column(), constraint)),
                        added.get());
            } else {
                report(context, added.get(), "gets a NOT NULL constraint here");
                unfilled.remove(table, added.get().column());
            }
        } else if (action instanceof AlterAction.ValidateConstraint validate) {
            unfilled.validated(validate.name())
                    .filter(added -> unfilled.find(added.table(), added.column()).isPresent())
                    .ifPresent(added -> {
                        report(context, added, "is checked for NULLs here (VALIDATE CONSTRAINT " + validate.name() + ")");
                        unfilled.remove(added.table(), added.column());
                    });
        }
    }

    /** Added with no value for the existing rows: nullable, no default, nothing generated. */
    private static boolean addedEmpty(ColumnDef column) {
        boolean hasDefault = column.defaultExpr().filter(d -> !d.nullLiteral()).isPresent();
        return !column.effectivelyNotNull() && !hasDefault && column.generated().isEmpty();
    }

    /** The name PostgreSQL gives an unnamed constraint, so {@code VALIDATE} can find it. */
    private static String defaultName(QualifiedName table, String column, ConstraintDef constraint) {
        return table.name() + "_" + column + (constraint.kind() == ConstraintKind.NOT_NULL ? "_not_null" : "_check");
    }

    private static void report(RuleContext context, Added added, String what) {
        String table = Describe.quoted(added.table());
        String column = Describe.quoted(added.column());
        String t = added.table().sql();
        String c = QualifiedName.quote(added.column());
        String where = added.script().equals(context.script().path()) ? "on line " + added.at().sql().range().line()
                : "in " + added.script() + " (line " + added.at().sql().range().line() + ")";
        context.report("Column " + column + " was added to existing table " + table + " without a default " + where
                        + " and " + what + " with no backfill in between: every "
                        + "existing row still holds NULL, so the migration fails on the first one (\"column " + column
                        + " of relation " + table + " contains null values\").",
                "-- Backfill it before this statement, in batches, each in its own transaction:\n"
                        + BatchedRewrite.backfillBatch(added.table(), c + " = <value>", c + " IS NULL",
                        TableKey.of(context.catalog(), added.table())) + "\n"
                        + "-- or add the column with a default, which fills existing rows without a rewrite since "
                        + "PostgreSQL 11:\n-- ALTER TABLE " + t + " ADD COLUMN " + c + " … NOT NULL DEFAULT <value>;");
    }

    /** A column added without values, and where. */
    private record Added(QualifiedName table, String column, AnalyzedStatement at, String script) {
        boolean is(QualifiedName otherTable, String otherColumn) {
            return table.sameObject(otherTable) && column.equals(otherColumn);
        }
    }

    /** The columns of this deployment still waiting for a backfill, and NOT VALID constraints on them. */
    private static final class Unfilled {
        private final List<Added> columns = new ArrayList<>();
        private final Map<String, Added> awaitingValidation = new HashMap<>();

        void add(Added added) {
            columns.add(added);
        }

        Optional<Added> find(QualifiedName table, String column) {
            return columns.stream().filter(a -> a.is(table, column)).findFirst();
        }

        void remove(QualifiedName table, String column) {
            columns.removeIf(a -> a.is(table, column));
        }

        void awaitValidation(String constraint, Added added) {
            awaitingValidation.put(constraint, added);
        }

        Optional<Added> validated(String constraint) {
            return Optional.ofNullable(awaitingValidation.remove(constraint));
        }

        void clear() {
            columns.clear();
            awaitingValidation.clear();
        }
    }
}
