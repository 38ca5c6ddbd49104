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
import io.github.migrationguard.schema.IndexInfo;
import io.github.migrationguard.schema.TableInfo;
import io.github.migrationguard.sql.SqlStatement;
import io.github.migrationguard.sql.Token;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** UNIQUE or PRIMARY KEY added by building its index under ACCESS EXCLUSIVE. */
public final class AddUniqueConstraint implements Rule {

    static final RuleMeta META = RuleMeta.builder("add-unique-constraint")
            .title("UNIQUE or PRIMARY KEY added without a prebuilt index")
            .category(Category.LOCKS)
            .severity(Severity.ERROR)
            .flags("`ADD UNIQUE` / `ADD PRIMARY KEY` without `USING INDEX` on an existing table, `ADD COLUMN … UNIQUE` / "
                    + "`PRIMARY KEY` there (the index is built over every row, even when the new column is all NULL), and "
                    + "`ADD PRIMARY KEY USING INDEX` over columns the migration shows to be nullable.")
            .why("The constraint's unique index is built while the table is held with an ACCESS EXCLUSIVE lock: every "
                    + "read and write waits for the whole build. A primary key over nullable columns also scans the "
                    + "table under that lock to set them NOT NULL, even `USING INDEX`.")
            .recipe("Build the unique index concurrently in a migration of its own that runs outside a transaction, "
                    + "then turn it into the constraint (ACCESS EXCLUSIVE for a moment, no build):\n\n"
                    + "```sql\nCREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);\n"
                    + "-- next migration:\n"
                    + "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;\n```\n\n"
                    + "For a primary key, make the columns NOT NULL first (see `set-not-null`), then "
                    + "`ADD CONSTRAINT … PRIMARY KEY USING INDEX …`.")
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
            if (action instanceof AlterAction.AddColumn column && columnKey(column).isPresent()) {
                ConstraintDef key = columnKey(column).get();
                boolean primaryKey = key.kind() == ConstraintKind.PRIMARY_KEY;
                String without = AlterClauses.withoutColumnKey(context.statement().sql(), alter, action, primaryKey)
                        .map(s -> "-- Add the column without " + (primaryKey ? "PRIMARY KEY" : "UNIQUE") + ":\n" + s + ";\n")
                        .orElse("-- Add the column without " + (primaryKey ? "PRIMARY KEY" : "UNIQUE") + ", then:\n");
                reportBuild(context, alter.table(), withColumn(key, column.column().name()), primaryKey, without,
                        "ADD COLUMN " + Describe.quoted(column.column().name()) + " … " + (primaryKey ? "PRIMARY KEY" : "UNIQUE"));
                return;
            }
            if (!(action instanceof AlterAction.AddConstraint add)) {
                continue;
            }
            ConstraintDef constraint = add.constraint();
            boolean primaryKey = constraint.kind() == ConstraintKind.PRIMARY_KEY;
            if (!primaryKey && constraint.kind() != ConstraintKind.UNIQUE) {
                continue;
            }
            if (constraint.usingIndex().isEmpty()) {
                reportBuild(context, alter.table(), constraint, primaryKey,
                        AlterClauses.keepOthers(context.statement().sql(), alter, action),
                        "ADD " + (primaryKey ? "PRIMARY KEY" : "UNIQUE"));
                return;
            }
            Optional<String> nullable = primaryKey ? nullableIndexColumn(context, alter.table(), constraint.usingIndex().get())
                    : Optional.empty();
            if (nullable.isPresent()) {
                reportNullable(context, alter.table(), nullable.get());
                return;
            }
        }
    }

    /** The UNIQUE or PRIMARY KEY written on a column being added: its index is built over every row. */
    private static Optional<ConstraintDef> columnKey(AlterAction.AddColumn add) {
        return add.column().constraints().stream()
                .filter(c -> (c.kind() == ConstraintKind.UNIQUE || c.kind() == ConstraintKind.PRIMARY_KEY)
                        && c.usingIndex().isEmpty())
                .findFirst();
    }

    private static ConstraintDef withColumn(ConstraintDef key, String column) {
        return key.columns().isEmpty() ? new ConstraintDef(key.name(), key.kind(), List.of(column), key.check(),
                key.notNullColumn(), key.references(), key.usingIndex(), key.notValid()) : key;
    }

    /** {@code UNIQUE NULLS NOT DISTINCT} (PostgreSQL 15+), which the index must keep. */
    private static boolean nullsNotDistinct(SqlStatement sql) {
        List<Token> tokens = sql.tokens();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (tokens.get(i).is("NULLS") && tokens.get(i + 1).is("NOT") && tokens.get(i + 2).is("DISTINCT")) {
                return true;
            }
        }
        return false;
    }

    private static void reportBuild(RuleContext context, QualifiedName table, ConstraintDef constraint,
                                    boolean primaryKey, String others, String what) {
        String kind = primaryKey ? "PRIMARY KEY" : "UNIQUE";
        String name = constraint.name().orElse(primaryKey ? table.name() + "_pkey"
                : ConstraintNames.of(table, constraint.columns(), "key"));
        String n = QualifiedName.quote(name);
        String build = "CREATE UNIQUE INDEX CONCURRENTLY " + n + " ON " + table.sql() + " ("
                + constraint.columns().stream().map(QualifiedName::quote).collect(Collectors.joining(", ")) + ")"
                + (nullsNotDistinct(context.statement().sql()) ? " NULLS NOT DISTINCT" : "");
        String notNull = primaryKey ? "-- Make the key columns NOT NULL first (see set-not-null), or the next step "
                + "scans the table under ACCESS EXCLUSIVE to do so.\n" : "";
        context.report(what + " on existing table " + Describe.quoted(table) + " builds its unique index "
                        + "under " + Describe.lockBlocking(LockMode.ACCESS_EXCLUSIVE, "held for the whole build") + ".",
                others + build + ";\n" + Describe.outsideTransaction(context, build) + "\n" + notNull
                        + "-- Then, in the next migration, attach it (ACCESS EXCLUSIVE for a moment, no build):\n"
                        + "ALTER TABLE " + table.sql() + " ADD CONSTRAINT " + n + " " + kind + " USING INDEX " + n
                        + ";");
    }

    private static void reportNullable(RuleContext context, QualifiedName table, String column) {
        context.report("ADD PRIMARY KEY USING INDEX on existing table " + Describe.quoted(table) + ": column "
                        + Describe.quoted(column) + " is nullable, so PostgreSQL scans every row to set it NOT NULL under "
                        + Describe.lockBlocking(LockMode.ACCESS_EXCLUSIVE, "held for the whole scan") + ".",
                "-- Make " + column + " NOT NULL without a long scan first, then add the primary key:\n"
                        + SetNotNull.fix(context, table, column));
    }

    /**
     * A column of the index that the catalog knows to be nullable; empty when the index or its columns are
     * not known (then nothing is claimed).
     */
    private static Optional<String> nullableIndexColumn(RuleContext context, QualifiedName table, String index) {
        Optional<TableInfo> info = context.catalog().table(table);
        List<String> columns = info.stream().flatMap(t -> t.indexes().stream()).filter(i -> i.name().equals(index))
                .findFirst().map(IndexInfo::columns).orElse(List.of());
        return columns.stream()
                .filter(c -> info.flatMap(t -> t.column(c)).filter(col -> !col.notNull()).isPresent())
                .findFirst();
    }
}
