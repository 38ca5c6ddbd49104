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
import io.github.migrationguard.schema.ConstraintInfo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table created without a primary key that the rest of its migration does not add either. Decided at
 * the end of the migration, reported on the {@code CREATE TABLE}.
 */
public final class TableWithoutPrimaryKey implements Rule {

    static final RuleMeta META = RuleMeta.builder("table-without-primary-key")
            .title("Table without a primary key")
            .category(Category.SCHEMA_DESIGN)
            .severity(Severity.WARNING)
            .flags("A `CREATE TABLE` (including `CREATE TABLE … AS`) with no primary key, when no later statement of "
                    + "the same migration adds one (`ALTER TABLE … ADD PRIMARY KEY`, or a column added with "
                    + "`PRIMARY KEY`). Temporary tables, partitions (`PARTITION OF`, which take the parent's key) and "
                    + "`CREATE TABLE … (LIKE …)` copies (whose key depends on the `INCLUDING` options) are not flagged. "
                    + "Reported once per table, on its `CREATE TABLE`, at the end of the migration. Likewise an "
                    + "`ALTER TABLE` that drops a primary key the migrations show (`DROP CONSTRAINT`, or `DROP COLUMN` "
                    + "of a key column) when the rest of the migration adds none back, reported on that statement.")
            .why("Without a primary key rows cannot be told apart reliably: logical replication cannot replicate "
                    + "`UPDATE`s and `DELETE`s of the table (they fail unless a `REPLICA IDENTITY` is set), online "
                    + "schema-change and CDC tools (pg_repack, Debezium) refuse or degrade, ORMs cannot map it, and "
                    + "duplicate rows creep in. Adding one later to a table that has grown takes an ACCESS EXCLUSIVE "
                    + "lock while the index is built.")
            .recipe("Give every table a primary key when it is created, while it is empty:\n\n"
                    + "```sql\nCREATE TABLE audit_events (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
                    + "  payload jsonb NOT NULL\n);\n```\n\n"
                    + "For `CREATE TABLE … AS`, add it in the same migration:\n\n"
                    + "```sql\nCREATE TABLE order_totals AS SELECT customer_id, sum(amount) AS total FROM orders GROUP BY customer_id;\n"
                    + "ALTER TABLE order_totals ADD PRIMARY KEY (customer_id);\n```\n\n"
                    + "A join table's key is the pair of its foreign keys: `PRIMARY KEY (order_id, tag_id)`.")
            .kinds(Statement.CreateTable.class, Statement.AlterTable.class, Statement.DropRelation.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** Tables created in the current migration that have no primary key yet, with their CREATE TABLE. */
    private static final class Keyless {
        final Map<QualifiedName, AnalyzedStatement> tables = new LinkedHashMap<>();

        void remove(QualifiedName table) {
            tables.keySet().removeIf(table::sameObject);
        }

        Optional<QualifiedName> find(QualifiedName table) {
            return tables.keySet().stream().filter(table::sameObject).findFirst();
        }
    }

    @Override
    public void check(RuleContext context) {
        Keyless keyless = context.state(Keyless.class, Keyless::new);
        Statement model = context.model();
        if (model instanceof Statement.CreateTable t) {
            if (!hasPrimaryKey(t) && !t.temporary() && t.partitionOf().isEmpty() && !copiesAnother(context, t)) {
                keyless.remove(t.name());
                keyless.tables.put(t.name(), context.statement());
            }
        } else if (model instanceof Statement.DropRelation d) {
            d.names().forEach(keyless::remove);
        } else if (model instanceof Statement.AlterTable a) {
            Optional<QualifiedName> tracked = keyless.find(a.table());
            for (AlterAction action : a.actions()) {
                if (tracked.isEmpty() && dropsPrimaryKey(context, a.table(), action)) {
                    // from here the table has no key, unless the rest of the migration adds one back
                    keyless.tables.put(a.table(), context.statement());
                    tracked = Optional.of(a.table());
                } else if (tracked.isPresent() && addsPrimaryKey(action)) {
                    keyless.remove(tracked.get());
                    tracked = Optional.empty();
                } else if (tracked.isPresent() && action instanceof AlterAction.RenameTable r) {
                    AnalyzedStatement created = keyless.tables.remove(tracked.get());
                    tracked = Optional.of(new QualifiedName(tracked.get().schema(), r.to()));
                    keyless.tables.put(tracked.get(), created);
                }
            }
        }
    }

    /** {@code DROP CONSTRAINT} of the primary key the catalog knows, or {@code DROP COLUMN} of one of its columns. */
    private static boolean dropsPrimaryKey(RuleContext context, QualifiedName table, AlterAction action) {
        Optional<ConstraintInfo> key = primaryKey(context, table);
        if (key.isEmpty()) {
            return false;
        }
        return (action instanceof AlterAction.DropConstraint d && d.name().equals(key.get().name()))
                || (action instanceof AlterAction.DropColumn c && key.get().columns().contains(c.column()));
    }

    private static Optional<ConstraintInfo> primaryKey(RuleContext context, QualifiedName table) {
        return context.catalog().table(table).flatMap(t -> t.constraints().stream()
                .filter(c -> c.kind() == ConstraintKind.PRIMARY_KEY).findFirst());
    }

    @Override
    public void finishScript(ScriptContext context) {
        Keyless keyless = context.state(Keyless.class, Keyless::new);
        keyless.tables.forEach((table, created) -> report(context, table, created));
        keyless.tables.clear();
    }

    private static void report(ScriptContext context, QualifiedName table, AnalyzedStatement created) {
        if (!(created.model() instanceof Statement.CreateTable t)) {
            context.report(created, "This statement drops the primary key of " + Describe.quoted(table) + " and "
                            + "nothing later in the migration adds one back: logical replication stops replicating its "
                            + "UPDATEs and DELETEs (they fail unless a REPLICA IDENTITY is set), CDC and online "
                            + "schema-change tools refuse or degrade, and duplicate rows cannot be told apart.",
                    "-- Replace the key in the same statement, over a unique index built CONCURRENTLY beforehand:\n"
                            + StatementRewrite.text(created) + ",\n"
                            + "    ADD CONSTRAINT <new key> PRIMARY KEY USING INDEX <unique index>;");
            return;
        }
        context.report(created,
                "Table " + Describe.quoted(table) + " has no primary key by the end of this migration: logical "
                        + "replication cannot replicate its UPDATEs and DELETEs, CDC and online schema-change tools "
                        + "refuse or degrade, and duplicate rows cannot be told apart; adding a key once it holds data "
                        + "takes an ACCESS EXCLUSIVE lock during the index build.",
                "-- While the table is still empty, in this migration:\n" + "ALTER TABLE " + table.sql() + " "
                        + keyFor(t) + ";");
    }

    /** {@code ADD PRIMARY KEY (id)} over an obvious candidate, else a new identity column. */
    private static String keyFor(Statement.CreateTable table) {
        for (ConstraintDef c : allConstraints(table)) {
            if (c.kind() == ConstraintKind.UNIQUE && !c.columns().isEmpty()) {
                return "ADD PRIMARY KEY (" + String.join(", ", c.columns().stream().map(QualifiedName::quote).toList()) + ")";
            }
        }
        for (ColumnDef c : table.columns()) {
            if (c.name().equals("id")) {
                return "ADD PRIMARY KEY (id)";
            }
        }
        return "ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY";
    }

    private static boolean hasPrimaryKey(Statement.CreateTable table) {
        return allConstraints(table).stream().anyMatch(c -> c.kind() == ConstraintKind.PRIMARY_KEY);
    }

    private static List<ConstraintDef> allConstraints(Statement.CreateTable table) {
        List<ConstraintDef> all = new ArrayList<>(table.constraints());
        table.columns().forEach(c -> all.addAll(c.constraints()));
        return all;
    }

    private static boolean addsPrimaryKey(AlterAction action) {
        if (action instanceof AlterAction.AddConstraint c) {
            return c.constraint().kind() == ConstraintKind.PRIMARY_KEY;
        }
        return action instanceof AlterAction.AddColumn c && c.column().isPrimaryKey();
    }

    /** {@code CREATE TABLE t (LIKE other …)}: whether it gets a key depends on INCLUDING options we do not model. */
    private static boolean copiesAnother(RuleContext context, Statement.CreateTable table) {
        return !table.asSelect() && table.columns().isEmpty()
                && context.statement().sql().tokens().stream().anyMatch(t -> t.is("LIKE"));
    }
}
