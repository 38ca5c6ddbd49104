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
                    + "migration, unless the migration enables it again in the same transaction (as the recipe below "
                    + "does); `DISABLE TRIGGER ALL` even then, since the migration's own writes skip the foreign-key "
                    + "checks. The message says whether the migration enables it again.")
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
                Enabled enabled = enabledAgain(context, alter.table(), t.trigger());
                // Enabled again before the commit, a named or USER trigger is off for the migration's own
                // writes only: others wait on the lock meanwhile (the rule's own recipe). ALL is still reported:
                // the migration's own rows skip the foreign-key checks.
                if (enabled != Enabled.IN_THIS_TRANSACTION || t.trigger().equals("all")) {
                    report(context, alter.table(), t.trigger(), enabled);
                }
                return;
            }
        }
    }

    /** Where the migration enables the trigger again, if it does. */
    private enum Enabled { NEVER, LATER, IN_THIS_TRANSACTION }

    private static void report(RuleContext context, QualifiedName table, String trigger, Enabled enabled) {
        boolean all = trigger.equals("all");
        boolean user = trigger.equals("user");
        String which = all ? "ALL triggers (including the internal ones enforcing foreign keys)"
                : user ? "every user trigger" : "trigger " + Describe.quoted(trigger);
        LockMode lock = LockMode.SHARE_ROW_EXCLUSIVE;
        String triggerSql = all ? "ALL" : user ? "USER" : QualifiedName.quote(trigger);
        String them = all || user ? "them" : "it";
        String effect = switch (enabled) {
            case IN_THIS_TRANSACTION -> " until the migration enables " + them + " again in the same transaction: the "
                    + "application's writes wait on its " + lock.sqlName() + " lock meanwhile, but the migration's own "
                    + "writes skip the foreign-key checks, so rows that break a foreign key get in and stay.";
            case LATER -> " for every session, not just the migration: the application's writes skip " + them
                    + " until " + (all || user ? "they are" : "it is") + " enabled again later in this migration, "
                    + "after a commit; it takes " + Describe.lock(lock) + ", which blocks " + lock.blocks() + ".";
            case NEVER -> " for every session, not just the migration: the application's writes skip " + them
                    + " until someone enables " + them + " again, and this migration never does; it takes "
                    + Describe.lock(lock) + ", which blocks " + lock.blocks() + ".";
        };
        String fix = all && enabled == Enabled.IN_THIS_TRANSACTION
                ? "-- Keep the foreign keys enforced: turn off the user triggers only, or skip them for this "
                + "transaction's writes:\n"
                + "ALTER TABLE " + table.sql() + " DISABLE TRIGGER USER;\n-- the change\n"
                + "ALTER TABLE " + table.sql() + " ENABLE TRIGGER USER;\n"
                + "-- or: SET LOCAL session_replication_role = replica; (skips foreign-key checks too)"
                : "-- To skip triggers for this migration's own writes only:\n"
                + "SET LOCAL session_replication_role = replica;\n"
                + "-- or, if it must be off for everyone, enable it again in the same transaction:\n"
                + "ALTER TABLE " + table.sql() + " DISABLE TRIGGER " + triggerSql + ";\n-- the change\n"
                + "ALTER TABLE " + table.sql() + " ENABLE TRIGGER " + triggerSql + ";";
        context.report("DISABLE TRIGGER turns off " + which + " on existing table " + Describe.quoted(table) + effect,
                fix);
    }

    private static Enabled enabledAgain(RuleContext context, QualifiedName table, String trigger) {
        List<AnalyzedStatement> sameTransaction = SameTransaction.later(context);
        List<AnalyzedStatement> all = context.statements();
        for (int i = context.statement().index() + 1; i < all.size(); i++) {
            AnalyzedStatement later = all.get(i);
            if (later.nesting() != Nesting.ROUTINE_BODY && later.model() instanceof Statement.AlterTable a
                    && a.table().sameObject(table) && a.actions().stream().anyMatch(action ->
                    action instanceof AlterAction.EnableTrigger t && t.enable() && covers(t.trigger(), trigger))) {
                return sameTransaction.contains(later) ? Enabled.IN_THIS_TRANSACTION : Enabled.LATER;
            }
        }
        return Enabled.NEVER;
    }

    /** ENABLE TRIGGER {@code enabled} turns {@code disabled} back on: the same, USER for a named one, or ALL. */
    private static boolean covers(String enabled, String disabled) {
        return enabled.equals(disabled) || enabled.equals("all")
                || (enabled.equals("user") && !disabled.equals("all"));
    }
}
