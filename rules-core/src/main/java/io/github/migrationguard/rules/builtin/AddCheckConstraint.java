package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.ConstraintDef;
import io.github.migrationguard.model.ConstraintKind;
import io.github.migrationguard.model.LockMode;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;

import java.util.ArrayList;
import java.util.List;

/** A CHECK constraint added in one step: ACCESS EXCLUSIVE while every row is checked. */
public final class AddCheckConstraint implements Rule {

    static final RuleMeta META = RuleMeta.builder("add-check-constraint")
            .title("CHECK constraint added without NOT VALID")
            .category(Category.LOCKS)
            .severity(Severity.ERROR)
            .flags("`ADD [CONSTRAINT …] CHECK (…)` without `NOT VALID` on an existing table.")
            .why("PostgreSQL checks every existing row while it holds an ACCESS EXCLUSIVE lock on the table: every "
                    + "read and write waits until the check finishes.")
            .recipe("Add the constraint `NOT VALID` (ACCESS EXCLUSIVE for a moment; new rows are checked at once), then "
                    + "validate it in a separate transaction, which takes SHARE UPDATE EXCLUSIVE: reads and writes go on.\n\n"
                    + "```sql\nALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0) NOT VALID;\n"
                    + "-- in a later transaction:\n"
                    + "ALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive;\n```")
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
        List<ConstraintNames.Named> checks = new ArrayList<>();
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.AddConstraint add && add.constraint().kind() == ConstraintKind.CHECK
                    && !add.constraint().notValid()) {
                ConstraintDef check = add.constraint();
                checks.add(new ConstraintNames.Named(check, check.name().orElse(
                        ConstraintNames.of(alter.table(), check.columns().stream().limit(1).toList(), "check"))));
            }
        }
        if (!checks.isEmpty()) {
            report(context, alter, checks);
        }
    }

    private static void report(RuleContext context, Statement.AlterTable alter, List<ConstraintNames.Named> checks) {
        String what = checks.size() == 1 ? "ADD CHECK constraint" : "ADD of " + checks.size() + " CHECK constraints";
        context.report(what + " on existing table " + Describe.quoted(alter.table()) + " checks every "
                        + "row under " + Describe.lockBlocking(LockMode.ACCESS_EXCLUSIVE, "held until the check finishes")
                        + ".",
                ConstraintNames.notValid(context, alter, checks) + ";\n" + ConstraintNames.validateLater(alter, checks));
    }
}
