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
import io.github.migrationguard.schema.IndexInfo;
import io.github.migrationguard.schema.TableInfo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A foreign key that no index leads with, judged once the whole set has run (an index may come in a
 * later migration), and reported on the statement that added the key.
 */
public final class ForeignKeyWithoutIndex implements Rule {

    static final RuleMeta META = RuleMeta.builder("foreign-key-without-index")
            .title("Foreign key without an index")
            .category(Category.SCHEMA_DESIGN)
            .severity(Severity.WARNING)
            .flags("A foreign key (in `CREATE TABLE`, `ADD CONSTRAINT … FOREIGN KEY` or `ADD COLUMN … REFERENCES`) "
                    + "whose columns no valid, non-partial index leads with once all the migrations have run: indexes, "
                    + "primary keys and unique constraints from any migration count, in whatever order they come, "
                    + "as long as the foreign key's columns are the index's first columns (in any order). Reported "
                    + "once per foreign key, on the statement that added it.")
            .why("PostgreSQL indexes the referenced side of a foreign key (it must be a key) but not the referencing "
                    + "side. Every `DELETE` of a parent row, and every update of its key, looks for referencing rows: "
                    + "without an index that is a sequential scan of the child table, per parent row, while holding "
                    + "the parent row's lock; an `ON DELETE CASCADE` of many parents becomes quadratic. Joins from "
                    + "parent to children are slow for the same reason.")
            .recipe("Index the referencing columns. On a table created in the same migration a plain `CREATE INDEX` "
                    + "is fine; on an existing table build it concurrently, in a migration of its own that runs "
                    + "outside a transaction (Flyway runs a migration holding only `CREATE INDEX CONCURRENTLY` outside "
                    + "one by itself; set `postgresql.transactional.lock=false`):\n\n"
                    + "```sql\nCREATE INDEX CONCURRENTLY IF NOT EXISTS order_lines_order_id_idx ON order_lines (order_id);\n```\n\n"
                    + "A multi-column index whose first columns are the foreign key's serves it too.")
            .kinds(Statement.CreateTable.class, Statement.AlterTable.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** One foreign key as added: its columns, the parent, and the statement that added it. */
    private record ForeignKey(List<String> columns, QualifiedName parent, AnalyzedStatement addedBy) {
        ForeignKey withColumnRenamed(String from, String to) {
            return new ForeignKey(columns.stream().map(c -> c.equals(from) ? to : c).toList(), parent, addedBy);
        }
    }

    private static final class ForeignKeys {
        final ByTable<List<ForeignKey>> byTable = new ByTable<>();
    }

    @Override
    public void check(RuleContext context) {
        ForeignKeys keys = context.state(ForeignKeys.class, ForeignKeys::new);
        Statement model = context.model();
        if (model instanceof Statement.CreateTable t) {
            // CREATE TABLE replaces whatever an earlier table of that name had
            keys.byTable.put(t.name(), new ArrayList<>());
            for (ColumnDef c : t.columns()) {
                c.references().ifPresent(fk -> remember(keys, t.name(), List.of(c.name()), fk, context));
            }
            for (ConstraintDef c : t.constraints()) {
                if (c.kind() == ConstraintKind.FOREIGN_KEY) {
                    remember(keys, t.name(), c.columns(), c, context);
                }
            }
        } else if (model instanceof Statement.AlterTable a) {
            for (AlterAction action : a.actions()) {
                if (action instanceof AlterAction.AddConstraint add && add.constraint().kind() == ConstraintKind.FOREIGN_KEY) {
                    remember(keys, a.table(), add.constraint().columns(), add.constraint(), context);
                } else if (action instanceof AlterAction.AddColumn add) {
                    add.column().references().ifPresent(fk ->
                            remember(keys, a.table(), List.of(add.column().name()), fk, context));
                } else if (action instanceof AlterAction.RenameColumn rename) {
                    // the catalog renames the key's columns too: keep comparing like with like
                    keys.byTable.get(a.table()).ifPresent(list ->
                            list.replaceAll(k -> k.withColumnRenamed(rename.from(), rename.to())));
                }
            }
            keys.byTable.follow(a);
        }
    }

    private static void remember(ForeignKeys keys, QualifiedName table, List<String> columns, ConstraintDef fk,
                                 RuleContext context) {
        Optional<QualifiedName> parent = fk.references().map(ConstraintDef.Reference::table);
        if (columns.isEmpty() || parent.isEmpty()) {
            return;
        }
        List<ForeignKey> list = keys.byTable.computeIfAbsent(table, ArrayList::new);
        list.removeIf(k -> k.columns().equals(columns));
        list.add(new ForeignKey(List.copyOf(columns), parent.get(), context.statement()));
    }

    @Override
    public void finishSet(ScriptContext context) {
        ForeignKeys keys = context.state(ForeignKeys.class, ForeignKeys::new);
        for (Map.Entry<QualifiedName, List<ForeignKey>> entry : keys.byTable.entries()) {
            Optional<TableInfo> table = context.catalog().table(entry.getKey());
            if (table.isEmpty()) {
                continue; // dropped since, or renamed in a way the catalog could not follow
            }
            for (ForeignKey fk : entry.getValue()) {
                if (stillThere(table.get(), fk) && !indexed(table.get(), fk.columns())) {
                    report(context, table.get(), fk);
                }
            }
        }
    }

    private static boolean stillThere(TableInfo table, ForeignKey fk) {
        return table.constraints().stream().anyMatch(c -> c.kind() == ConstraintKind.FOREIGN_KEY
                && c.columns().equals(fk.columns()));
    }

    /** A valid, non-partial index whose first columns are the key's columns, in any order. */
    static boolean indexed(TableInfo table, List<String> columns) {
        for (IndexInfo index : table.indexes()) {
            if (index.valid() && !index.partial() && index.columns().size() >= columns.size()
                    && new HashSet<>(index.columns().subList(0, columns.size())).equals(new HashSet<>(columns))) {
                return true;
            }
        }
        return false;
    }

    private static void report(ScriptContext context, TableInfo table, ForeignKey fk) {
        String columns = fk.columns().stream().map(QualifiedName::quote).collect(Collectors.joining(", "));
        String indexName = IdentifierTooLong.truncate(table.name().name() + "_" + String.join("_", fk.columns()) + "_idx");
        String unknown = table.complete() ? "" : " (the migrations do not show every index of "
                + Describe.quoted(table.name()) + ": if one leads with these columns, suppress this)";
        String create = table.newInScope()
                ? "-- The table is new in this deployment: a plain index in the same migration is fine.\n"
                + "CREATE INDEX IF NOT EXISTS " + QualifiedName.quote(indexName) + " ON " + table.name().sql()
                + " (" + columns + ");"
                : "-- In a migration of its own, which runs outside a transaction (Flyway does so by itself for a "
                + "migration holding only\n-- CREATE INDEX CONCURRENTLY; set postgresql.transactional.lock=false or "
                + "the deploy waits on Flyway's own lock):\n"
                + "CREATE INDEX CONCURRENTLY IF NOT EXISTS " + QualifiedName.quote(indexName) + " ON "
                + table.name().sql() + " (" + columns + ");";
        context.report(fk.addedBy(),
                "Foreign key " + Describe.quoted(table.name()) + " (" + columns + ") → "
                        + Describe.quoted(fk.parent()) + " has no index leading with its columns by the end of the "
                        + "migrations" + unknown + ": every DELETE or key UPDATE on " + Describe.quoted(fk.parent())
                        + " scans " + Describe.quoted(table.name()) + " for referencing rows while it holds the "
                        + "parent row's lock, and joins between them are slow.",
                create);
    }
}
