package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.LockMode;
import io.github.migrationguard.model.Nesting;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;

import java.util.List;

/** {@code ALTER TABLE … DISABLE TRIGGER}: the checks the triggers do are off for every session until re-enabled. */
public final class DisableTrigger implements Rule {

    static final RuleMeta META = RuleMeta.builder("disable-trigger")
            .title("DISABLE TRIGGER on an existing table")
            .category(Category.COMPATIBILITY)
            .severity(Severity.WARNING)
            .flags("`ALTER TABLE … DISABLE TRIGGER name|USER|ALL` on a table that was not created earlier in the same "
                    + "migration. The message says whether the migration enables it again.")
            .why("Disabling a trigger is not local to the migration: every session's writes skip it until it is "
                    + "enabled again, so audit rows, denormalised counters and integrity checks done by triggers are "
                    + "silently missed for the application's writes meanwhile, and forever if the migration fails "
                    + "before re-enabling it (outside a transaction) or never does. `ALL` also disables the internal "
                    + "triggers that enforce foreign keys: rows that break them get in and stay. The statement takes a "
                    + "SHARE ROW EXCLUSIVE lock, which blocks writes until the transaction ends.")
            .recipe("To skip triggers for the migration's own bulk change only, turn them off for its session instead "
                    + "(needs superuser or, from PostgreSQL 15, a role granted `SET` on the parameter):\n\n"
                    + "```sql\nSET LOCAL session_replication_role = replica;  -- this transaction only\n"
                    + "UPDATE orders SET total = subtotal + tax WHERE id BETWEEN 1 AND 10000;\n```\n\n"
                    + "If the trigger must really be off for everyone, enable it again in the same transaction, so "
                    + "the lock keeps other writers out meanwhile:\n\n"
                    + "```sql\nBEGIN;\nALTER TABLE orders DISABLE TRIGGER orders_audit;\n-- the change\n"
                    + "ALTER TABLE orders ENABLE TRIGGER orders_audit;\nCOMMIT;\n```")
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
            if (action instanceof AlterAction.EnableTrigger t && !t.enable()) {
                report(context, alter.table(), t.trigger());
                return;
            }
        }
    }

    private static void report(RuleContext context, QualifiedName table, String trigger) {
        boolean all = trigger.equals("all");
        String which = all ? "ALL triggers (including the internal ones enforcing foreign keys)"
                : trigger.equals("user") ? "every user trigger" : "trigger " + Describe.quoted(trigger);
        boolean reEnabled = reEnabledLater(context, table, trigger);
        LockMode lock = LockMode.SHARE_ROW_EXCLUSIVE;
        String triggerSql = all ? "ALL" : trigger.equals("user") ? "USER" : QualifiedName.quote(trigger);
        context.report("DISABLE TRIGGER turns off " + which + " on existing table " + Describe.quoted(table)
                        + " for every session, not just the migration: the application's writes skip "
                        + (all ? "them" : "it") + " until " + (reEnabled
                        ? "it is enabled again later in this migration" : "someone enables it again, and this "
                        + "migration never does") + "; it takes " + Describe.lock(lock) + ", which blocks "
                        + lock.blocks() + ".",
                "-- To skip triggers for this migration's own writes only:\n"
                        + "SET LOCAL session_replication_role = replica;\n"
                        + "-- or, if it must be off for everyone, enable it again in the same transaction:\n"
                        + "ALTER TABLE " + table.sql() + " DISABLE TRIGGER " + triggerSql + ";\n-- the change\n"
                        + "ALTER TABLE " + table.sql() + " ENABLE TRIGGER " + triggerSql + ";");
    }

    private static boolean reEnabledLater(RuleContext context, QualifiedName table, String trigger) {
        List<AnalyzedStatement> all = context.statements();
        for (int i = context.statement().index() + 1; i < all.size(); i++) {
            AnalyzedStatement later = all.get(i);
            if (later.nesting() != Nesting.ROUTINE_BODY && later.model() instanceof Statement.AlterTable a
                    && a.table().sameObject(table)) {
                for (AlterAction action : a.actions()) {
                    if (action instanceof AlterAction.EnableTrigger t && t.enable()
                            && (t.trigger().equals(trigger) || t.trigger().equals("all"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
