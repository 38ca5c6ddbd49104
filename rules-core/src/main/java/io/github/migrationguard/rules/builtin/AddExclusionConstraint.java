package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.ConstraintKind;
import io.github.migrationguard.model.LockMode;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;

/** {@code ADD … EXCLUDE} builds its index and checks every row under AEL, and has no two-step form. */
public final class AddExclusionConstraint implements Rule {

    static final RuleMeta META = RuleMeta.builder("add-exclusion-constraint")
            .title("Exclusion constraint added to an existing table")
            .category(Category.LOCKS)
            .severity(Severity.WARNING)
            .flags("`ADD [CONSTRAINT …] EXCLUDE …` on an existing table.")
            .why("PostgreSQL builds the constraint's index and checks every existing row against it while it holds an "
                    + "ACCESS EXCLUSIVE lock on the table: every read and write waits until the build finishes. Unlike "
                    + "CHECK and foreign keys, an exclusion constraint cannot be added `NOT VALID`, and unlike UNIQUE it "
                    + "cannot be attached to an index built concurrently.")
            .recipe("There is no online form. Run it when the table is small or traffic is low, with a short "
                    + "`lock_timeout` so it gives up rather than queue everything behind it, and retry:\n\n"
                    + "```sql\nSET lock_timeout = '5s';\n"
                    + "ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap\n"
                    + "    EXCLUDE USING gist (room_id WITH =, during WITH &&);\n```\n\n"
                    + "For a large, busy table, enforce the rule in a new table that is filled in batches and swapped in, "
                    + "or with a trigger until a maintenance window.")
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
            if (action instanceof AlterAction.AddConstraint add && add.constraint().kind() == ConstraintKind.EXCLUDE) {
                context.report("ADD EXCLUDE constraint on existing table " + Describe.quoted(alter.table())
                                + " builds its index and checks every row under "
                                + Describe.lockBlocking(LockMode.ACCESS_EXCLUSIVE, "held until the build finishes")
                                + "; it cannot be added NOT VALID nor from an index built concurrently.",
                        "-- No online form: run it at a quiet time, giving up rather than queueing everything behind it:\n"
                                + "SET lock_timeout = '5s';\n" + StatementRewrite.text(context.statement()) + ";\n"
                                + "-- For a large, busy table, enforce the rule in a new table filled in batches instead.");
                return;
            }
        }
    }
}
