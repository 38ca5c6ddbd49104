package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.ColumnDef;
import io.github.migrationguard.model.ConstraintDef;
import io.github.migrationguard.model.ConstraintKind;
import io.github.migrationguard.model.Expr;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.schema.ColumnInfo;
import io.github.migrationguard.schema.TableInfo;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** A primary key filled with random (version 4) UUIDs: every insert lands on a random page of the index. */
public final class RandomUuidPrimaryKey implements Rule {

    static final RuleMeta META = RuleMeta.builder("random-uuid-primary-key")
            .title("Primary key defaulting to a random UUID")
            .category(Category.SCHEMA_DESIGN)
            .severity(Severity.INFO)
            .flags("A primary-key column (inline `PRIMARY KEY` or in the table's `PRIMARY KEY (…)`) whose default is "
                    + "`gen_random_uuid()`, `uuid_generate_v4()` or `uuidv4()`, in `CREATE TABLE` or `ADD COLUMN`, on "
                    + "new and existing tables alike; likewise an `ADD PRIMARY KEY` over a column with such a default "
                    + "(as pg_dump writes keys) and a `SET DEFAULT` of one on a key column.")
            .why("Random UUIDs spread inserts over the whole primary-key index: each insert touches a random leaf "
                    + "page, so the working set is the whole index instead of its right edge, pages split half-empty "
                    + "(bloat), and the WAL carries more full-page images. Tables with many inserts slow down as the "
                    + "index outgrows memory. Time-ordered UUIDs (version 7) keep the benefits of UUIDs with "
                    + "append-mostly inserts.")
            .recipe("PostgreSQL 18 generates time-ordered UUIDs itself:\n\n"
                    + "```sql\nCREATE TABLE orders (\n  id uuid PRIMARY KEY DEFAULT uuidv7()\n);\n```\n\n"
                    + "Before 18, generate UUIDv7 values in the application (most UUID libraries can) and drop the "
                    + "default, or use an integer identity key:\n\n"
                    + "```sql\nCREATE TABLE orders (\n  id uuid PRIMARY KEY  -- UUIDv7 from the application\n);\n"
                    + "-- or\nCREATE TABLE orders (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY\n);\n```")
            .kinds(Statement.CreateTable.class, Statement.AlterTable.class)
            .build();

    private static final Set<String> RANDOM_UUID = Set.of("gen_random_uuid", "uuid_generate_v4", "uuidv4");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Set<String> tableKey = tableLevelKey(context.model());
        for (DeclaredColumn column : DeclaredColumn.of(context.statement())) {
            Optional<ColumnDef> def = column.definition();
            Optional<Expr> random = def.flatMap(ColumnDef::defaultExpr).filter(RandomUuidPrimaryKey::random);
            boolean key = def.map(ColumnDef::isPrimaryKey).orElse(false) || tableKey.contains(column.name());
            if (key && random.isPresent()) {
                context.report(context.statement(), column.range(),
                        "Primary key " + Describe.quoted(column.name()) + " of "
                                + Describe.quoted(column.table()) + " defaults to random UUIDs ("
                                + random.get().text() + "): every insert lands on a random page of its index, so the "
                                + "whole index must stay in memory, pages split half-empty and WAL grows; "
                                + "time-ordered UUIDs (version 7) insert at the index's end.",
                        fix(context, column, random.get()));
            }
        }
        if (context.model() instanceof Statement.AlterTable alter) {
            laterKeyOrDefault(context, alter);
        }
    }

    /**
     * A key added after the table ({@code ADD PRIMARY KEY (id)}, as pg_dump writes it) over a column whose default
     * the catalog knows is random, or a random {@code SET DEFAULT} on a key column.
     */
    private static void laterKeyOrDefault(RuleContext context, Statement.AlterTable alter) {
        Optional<TableInfo> table = context.catalog().table(alter.table());
        if (table.isEmpty()) {
            return;
        }
        Set<String> key = new HashSet<>();
        table.get().constraints().stream().filter(c -> c.kind() == ConstraintKind.PRIMARY_KEY)
                .forEach(c -> key.addAll(c.columns()));
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.AddConstraint add && add.constraint().kind() == ConstraintKind.PRIMARY_KEY) {
                for (String column : add.constraint().columns()) {
                    table.get().columns().stream().filter(c -> c.name().equals(column)).findFirst()
                            .flatMap(ColumnInfo::defaultExpr).filter(RandomUuidPrimaryKey::random)
                            .ifPresent(random -> report(context, alter.table(), column, random,
                                    "-- Keep the key, and give its column a time-ordered default instead:\nALTER TABLE " + alter.table().sql() + " ALTER COLUMN " + QualifiedName.quote(column)
                                            + (context.pgVersion().atLeast(18) ? " SET DEFAULT uuidv7();"
                                            : " DROP DEFAULT;  -- and generate UUIDv7 values in the application")));
                }
            } else if (action instanceof AlterAction.SetDefault set && key.contains(set.column()) && random(set.expr())) {
                report(context, alter.table(), set.column(), set.expr(), context.pgVersion().atLeast(18)
                        ? StatementRewrite.text(context.statement()).replace(set.expr().text(), "uuidv7()") + ";"
                        : "ALTER TABLE " + alter.table().sql() + " ALTER COLUMN " + QualifiedName.quote(set.column())
                        + " DROP DEFAULT;  -- and generate UUIDv7 values in the application");
            }
        }
    }

    private static void report(RuleContext context, QualifiedName table, String column, Expr random, String fix) {
        context.report("Primary key " + Describe.quoted(column) + " of " + Describe.quoted(table)
                        + " defaults to random UUIDs (" + random.text() + "): every insert lands on a random page of its "
                        + "index, so the whole index must stay in memory, pages split half-empty and WAL grows; "
                        + "time-ordered UUIDs (version 7) insert at the index's end.",
                fix);
    }

    private static boolean random(Expr expr) {
        return expr.functions().stream().map(f -> f.substring(f.lastIndexOf('.') + 1)).anyMatch(RANDOM_UUID::contains);
    }

    /** Columns of a table-level {@code PRIMARY KEY (…)} in the same statement ({@code ADD PRIMARY KEY} too). */
    private static Set<String> tableLevelKey(Statement model) {
        Set<String> key = new HashSet<>();
        if (model instanceof Statement.CreateTable t) {
            for (ConstraintDef c : t.constraints()) {
                if (c.kind() == ConstraintKind.PRIMARY_KEY) {
                    key.addAll(c.columns());
                }
            }
        } else if (model instanceof Statement.AlterTable a) {
            for (AlterAction action : a.actions()) {
                if (action instanceof AlterAction.AddConstraint add && add.constraint().kind() == ConstraintKind.PRIMARY_KEY) {
                    key.addAll(add.constraint().columns());
                }
            }
        }
        return key;
    }

    private static String fix(RuleContext context, DeclaredColumn column, Expr random) {
        String written = column.written();
        if (context.pgVersion().atLeast(18)) {
            return written.replace(random.text(), "uuidv7()");
        }
        String withoutDefault = written.replaceFirst("(?i)\\s*DEFAULT\\s+" + Pattern.quote(random.text()), "");
        return "-- PostgreSQL " + context.pgVersion().major() + " has no uuidv7(): generate UUIDv7 values in the "
                + "application and drop the default,\n" + withoutDefault
                + "\n-- or use an integer identity key (then no UUID at all):\n"
                + QualifiedName.quote(column.name()) + " bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY";
    }
}
