package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.ConstraintKind;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.ScriptContext;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.schema.ColumnInfo;
import io.github.migrationguard.schema.ConstraintInfo;
import io.github.migrationguard.schema.TableInfo;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A primary-key or foreign-key column of a 32- or 16-bit integer type, judged once the whole set has run
 * (a later migration may widen it) and reported on the column's definition.
 */
public final class PreferBigintKeys implements Rule {

    static final RuleMeta META = RuleMeta.builder("prefer-bigint-keys")
            .title("integer primary or foreign key")
            .category(Category.SCHEMA_DESIGN)
            .severity(Severity.WARNING)
            .flags("A column declared in these migrations as `integer`/`int`/`serial` or `smallint`/`smallserial` "
                    + "that, once all the migrations have run, is part of its table's primary key or of a foreign key "
                    + "to another table. Reported once per column, on its definition. A column widened to `bigint` "
                    + "by a later migration is not flagged.")
            .why("An `integer` key tops out at 2,147,483,647 (`smallint` at 32,767). Busy tables reach that: the "
                    + "sequence runs out and every insert fails, and foreign keys pointing at the key overflow with "
                    + "it. Widening the column then means `ALTER COLUMN … TYPE bigint`, which rewrites the table and "
                    + "every index under an ACCESS EXCLUSIVE lock, on the table that is by then the biggest. `bigint` "
                    + "costs 4 more bytes per row, often nothing after alignment.")
            .recipe("Declare keys and the columns that reference them as `bigint` from the start:\n\n"
                    + "```sql\nCREATE TABLE orders (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
                    + "  customer_id bigint NOT NULL REFERENCES customers (id)\n);\n```\n\n"
                    + "For a small, fixed lookup table an `integer` key may be a deliberate choice: suppress with the "
                    + "reason.")
            .kinds(Statement.CreateTable.class, Statement.AlterTable.class)
            .build();

    private static final Set<String> NARROW = Set.of("integer", "smallint");

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** Where each column was declared, by table and (current) column name. */
    private static final class Definitions {
        final ByTable<Map<String, DeclaredColumn>> byTable = new ByTable<>();
    }

    @Override
    public void check(RuleContext context) {
        Definitions definitions = context.state(Definitions.class, Definitions::new);
        if (context.model() instanceof Statement.CreateTable t) {
            definitions.byTable.put(t.name(), new LinkedHashMap<>());
        }
        for (DeclaredColumn column : DeclaredColumn.of(context.statement())) {
            if (column.definition().isPresent()) {
                definitions.byTable.computeIfAbsent(column.table(), LinkedHashMap::new).put(column.name(), column);
            }
        }
        if (context.model() instanceof Statement.AlterTable a) {
            for (AlterAction action : a.actions()) {
                if (action instanceof AlterAction.RenameColumn r) {
                    definitions.byTable.get(a.table()).ifPresent(columns -> {
                        DeclaredColumn declared = columns.remove(r.from());
                        if (declared != null) {
                            columns.put(r.to(), declared);
                        }
                    });
                }
            }
            definitions.byTable.follow(a);
        }
    }

    @Override
    public void finishSet(ScriptContext context) {
        Definitions definitions = context.state(Definitions.class, Definitions::new);
        for (Map.Entry<QualifiedName, Map<String, DeclaredColumn>> entry : definitions.byTable.entries()) {
            Optional<TableInfo> table = context.catalog().table(entry.getKey());
            if (table.isEmpty()) {
                continue;
            }
            for (Map.Entry<String, DeclaredColumn> declared : entry.getValue().entrySet()) {
                Optional<ColumnInfo> column = table.get().column(declared.getKey())
                        .filter(c -> NARROW.contains(c.type().name()) && !c.type().isArray());
                Optional<String> role = column.flatMap(c -> role(table.get(), c));
                if (role.isPresent()) {
                    report(context, table.get(), column.get(), role.get(), declared.getValue());
                }
            }
        }
    }

    /** "the primary key" or "a foreign key to …", when the column is either. */
    private static Optional<String> role(TableInfo table, ColumnInfo column) {
        if (table.primaryKey().contains(column.name())) {
            return Optional.of("part of the primary key");
        }
        for (ConstraintInfo c : table.constraints()) {
            if (c.kind() == ConstraintKind.FOREIGN_KEY && c.columns().contains(column.name())
                    && c.references().filter(r -> !r.table().sameObject(table.name())).isPresent()) {
                return Optional.of("a foreign key to " + Describe.quoted(c.references().get().table()));
            }
        }
        return Optional.empty();
    }

    private static void report(ScriptContext context, TableInfo table, ColumnInfo column, String role,
                               DeclaredColumn declared) {
        String max = column.type().name().equals("smallint") ? "32,767" : "2,147,483,647";
        String written = declared.type().text().toLowerCase(Locale.ROOT);
        String wider = written.contains("serial") ? "bigserial" : "bigint";
        context.report(declared.statement(), declared.range(),
                "Column " + Describe.quoted(column.name()) + " of " + Describe.quoted(table.name()) + " is "
                        + role + " and " + (column.type().name().equals("integer") ? "an " : "a ") + column.type().name() + ", which ends at " + max + ": once the values "
                        + "reach it every insert fails, and widening it then rewrites the table and its indexes under "
                        + "an ACCESS EXCLUSIVE lock.",
                declared.withType(wider));
    }
}
