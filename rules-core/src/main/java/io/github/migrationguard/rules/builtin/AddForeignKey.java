package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.ColumnDef;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A foreign key added to an existing table in one step: both tables' writes wait while every row is checked. */
public final class AddForeignKey implements Rule {

    static final RuleMeta META = RuleMeta.builder("add-foreign-key")
            .title("Foreign key added without NOT VALID")
            .category(Category.LOCKS)
            .severity(Severity.ERROR)
            .flags("`ADD [CONSTRAINT …] FOREIGN KEY` without `NOT VALID` on an existing table, and "
                    + "`ADD COLUMN … REFERENCES` on an existing table.")
            .why("Adding a foreign key takes a SHARE ROW EXCLUSIVE lock on both the table and the referenced table and "
                    + "checks every existing row while holding them: writes (INSERT, UPDATE, DELETE) on both tables wait "
                    + "until the check finishes. `ADD COLUMN … REFERENCES` takes an ACCESS EXCLUSIVE lock on the table "
                    + "and SHARE ROW EXCLUSIVE on the referenced one; it scans nothing unless the new column has a "
                    + "non-null default, but while it waits for those locks every later query queues behind it.")
            .recipe("Add the constraint `NOT VALID` (the same locks, but only for a moment: existing rows are not "
                    + "checked), then validate it in a separate transaction, which takes SHARE UPDATE EXCLUSIVE on the "
                    + "table and ROW SHARE on the referenced table: reads and writes go on.\n\n"
                    + "```sql\nALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey\n"
                    + "    FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;\n"
                    + "-- in a later transaction:\n"
                    + "ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_fkey;\n```\n\n"
                    + "For a new column, add the column first and the constraint in these two steps, with a "
                    + "`lock_timeout` set (see `lock-timeout`).")
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
        List<ConstraintNames.Named> keys = new ArrayList<>();
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.AddConstraint add && add.constraint().kind() == ConstraintKind.FOREIGN_KEY
                    && !add.constraint().notValid()) {
                ConstraintDef fk = add.constraint();
                keys.add(new ConstraintNames.Named(fk, fk.name().orElse(ConstraintNames.of(alter.table(), fk.columns(),
                        "fkey"))));
            }
        }
        if (!keys.isEmpty()) {
            reportConstraints(context, alter, keys);
            return;
        }
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.AddColumn add && add.column().references().isPresent()) {
                reportColumn(context, alter.table(), add.column(), add.column().references().get());
                return;
            }
        }
    }

    private static void reportConstraints(RuleContext context, Statement.AlterTable alter,
                                          List<ConstraintNames.Named> keys) {
        String table = Describe.quoted(alter.table());
        List<QualifiedName> parents = keys.stream().map(k -> k.constraint().references().map(r -> r.table()))
                .flatMap(Optional::stream).distinct().toList();
        String parent = parents.isEmpty() ? "the referenced table" : Describe.quoted(parents);
        String what = keys.size() == 1 ? "ADD FOREIGN KEY" : "ADD of " + keys.size() + " FOREIGN KEYs";
        context.report(what + " on existing table " + table + " checks every row of " + table + " while "
                        + "holding " + Describe.lock(LockMode.SHARE_ROW_EXCLUSIVE) + " on both " + table + " and " + parent
                        + " until the check finishes; on both tables it blocks " + LockMode.SHARE_ROW_EXCLUSIVE.blocks()
                        + ".",
                ConstraintNames.notValid(context, alter, keys) + ";\n" + ConstraintNames.validateLater(alter, keys));
    }

    private static void reportColumn(RuleContext context, QualifiedName table, ColumnDef column, ConstraintDef fk) {
        String parent = fk.references().map(r -> Describe.quoted(r.table())).orElse("the referenced table");
        boolean scans = column.defaultExpr().filter(d -> !d.nullLiteral()).isPresent();
        String locks = "takes " + Describe.lock(LockMode.ACCESS_EXCLUSIVE) + " on " + Describe.quoted(table) + " and "
                + Describe.lock(LockMode.SHARE_ROW_EXCLUSIVE) + " on " + parent;
        String effect = scans
                ? ", and checks every row's default against " + parent + " while holding them: every read and write of "
                + Describe.quoted(table) + " and every write of " + parent + " waits until the check finishes."
                : ". It scans nothing (the new column is NULL in every row), but while it waits for those locks every "
                + "later query on " + Describe.quoted(table) + " and every write on " + parent + " queues behind it.";
        String name = fk.name().orElse(ConstraintNames.of(table, List.of(column.name()), "fkey"));
        String t = table.sql();
        String c = QualifiedName.quote(column.name());
        String references = fk.references().map(r -> r.table().sql()
                + (r.columns().isEmpty() ? "" : " (" + String.join(", ", r.columns()) + ")")).orElse("");
        context.report("ADD COLUMN " + Describe.quoted(column.name()) + " … REFERENCES " + parent + " " + locks + effect,
                "-- Set a lock_timeout, add the column without REFERENCES, then the constraint in two steps:\n"
                        + "SET lock_timeout = '5s';\n"
                        + "ALTER TABLE " + t + " ADD COLUMN " + c + " " + column.type().text() + ";\n"
                        + "ALTER TABLE " + t + " ADD CONSTRAINT " + QualifiedName.quote(name) + " FOREIGN KEY (" + c
                        + ") REFERENCES " + references + " NOT VALID;\n"
                        + "-- in a later transaction:\n"
                        + "ALTER TABLE " + t + " VALIDATE CONSTRAINT " + QualifiedName.quote(name) + ";");
    }
}
