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
import io.github.migrationguard.schema.Catalog;

import java.util.Optional;

/**
 * {@code ADD COLUMN … DEFAULT volatile()} on an existing table: PostgreSQL evaluates the default per
 * row and rewrites the table. Before 11, any non-null default rewrites.
 */
public final class VolatileDefault implements Rule {

    static final RuleMeta META = RuleMeta.builder("volatile-default")
            .title("Column added with a volatile default")
            .category(Category.LOCKS)
            .severity(Severity.ERROR)
            .flags("`ADD COLUMN … DEFAULT <volatile>` on an existing table: `random()`, `gen_random_uuid()`, "
                    + "`uuidv4()`, `uuidv7()`, `clock_timestamp()`, `nextval()`, functions the migrations created "
                    + "without `STABLE` or `IMMUTABLE`, and functions Migration Guard does not know (they may be volatile). Before PostgreSQL 11, any non-null default. `now()`, "
                    + "`current_date`, constants and stable or immutable built-ins are not flagged.")
            .why("A volatile default has a different value on every row, so PostgreSQL writes it into every row: the "
                    + "whole table and all its indexes are rewritten under an ACCESS EXCLUSIVE lock, blocking every read "
                    + "and write until it finishes. Since PostgreSQL 11 a non-volatile default is stored once in the "
                    + "catalog and nothing is rewritten; before 11 every non-null default rewrites.")
            .recipe("Add the column without a default, set the default for new rows (no rewrite), then backfill the "
                    + "existing rows in batches, each batch in its own transaction:\n\n"
                    + "```sql\nALTER TABLE users ADD COLUMN api_key uuid;\n"
                    + "ALTER TABLE users ALTER COLUMN api_key SET DEFAULT gen_random_uuid();\n"
                    + "-- backfill, one batch per transaction:\n"
                    + "UPDATE users SET api_key = gen_random_uuid() WHERE api_key IS NULL AND id BETWEEN 1 AND 10000;\n```\n\n"
                    + "If the column must be `NOT NULL`, add that after the backfill (see `set-not-null`).")
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
            if (action instanceof AlterAction.AddColumn add && add.column().generated().isEmpty()) {
                Optional<String> reason = add.column().defaultExpr()
                        .flatMap(d -> whyItRewrites(d, context.pgVersion().atLeast(11), context.catalog()));
                reason.ifPresent(r -> flag(flagged, action, alter.table(), add.column(), r,
                        TableKey.of(context.catalog(), alter.table())));
            }
        }
        flagged.report();
    }

    /** Why this default rewrites the table, or empty when it does not; only built-in functions are known. */
    static Optional<String> whyItRewrites(Expr defaultExpr, boolean storedDefaults) {
        return whyItRewrites(defaultExpr, storedDefaults, new Catalog());
    }

    /** Why this default rewrites the table, or empty when it does not; the catalog knows the migrations' functions. */
    static Optional<String> whyItRewrites(Expr defaultExpr, boolean storedDefaults, Catalog catalog) {
        if (defaultExpr.nullLiteral()) {
            return Optional.empty();
        }
        if (!storedDefaults) {
            return Optional.of("before PostgreSQL 11 any non-null default is written into every row");
        }
        for (String function : defaultExpr.functions()) {
            if (FunctionVolatility.of(function, catalog) == FunctionVolatility.VOLATILE) {
                return Optional.of(function + "() is volatile, so PostgreSQL computes it for every row");
            }
        }
        for (String function : defaultExpr.functions()) {
            if (FunctionVolatility.of(function, catalog) == FunctionVolatility.UNKNOWN) {
                return Optional.of(function + "() may be volatile (Migration Guard does not know it; if it is STABLE or "
                        + "IMMUTABLE nothing is rewritten and this finding can be suppressed)");
            }
        }
        return Optional.empty();
    }

    private static void flag(FlaggedActions flagged, AlterAction action, QualifiedName table, ColumnDef column,
                             String reason, Optional<TableKey> key) {
        String expr = column.defaultExpr().map(Expr::text).orElse("");
        flagged.add(action, "ADD COLUMN " + Describe.quoted(column.name()) + " with DEFAULT " + expr + " on existing table "
                        + Describe.quoted(table) + ": " + reason + ", rewriting the table and all its indexes under "
                        + Describe.lock(LockMode.ACCESS_EXCLUSIVE) + " that blocks " + LockMode.ACCESS_EXCLUSIVE.blocks()
                        + " until the rewrite finishes.",
                fix(table, column, expr, key));
    }

    private static String fix(QualifiedName table, ColumnDef column, String expr, Optional<TableKey> key) {
        String name = QualifiedName.quote(column.name());
        String notNull = column.effectivelyNotNull()
                ? "\n-- Then make the column NOT NULL without a long scan (see set-not-null)." : "";
        String constraints = column.constraints().isEmpty() ? ""
                : "\n-- Add the column's other constraints as separate steps.";
        return "ALTER TABLE " + table.sql() + " ADD COLUMN " + name + " " + column.type().text() + ";\n"
                + "ALTER TABLE " + table.sql() + " ALTER COLUMN " + name + " SET DEFAULT " + expr + ";\n"
                + "-- backfill existing rows in batches, one batch per transaction:\n"
                + BatchedRewrite.backfillBatch(table, name + " = " + expr, name + " IS NULL", key)
                + notNull + constraints;
    }
}
