package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.LockMode;
import io.github.migrationguard.model.Locks;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.ScriptContext;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.tx.TxPosition;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first statement of a migration that takes ACCESS EXCLUSIVE, SHARE ROW EXCLUSIVE or SHARE on an
 * existing relation with no {@code lock_timeout} in force: while it waits for its lock, everything
 * that conflicts with the lock it wants queues behind it. Reported once per migration.
 */
public final class LockTimeout implements Rule {

    static final RuleMeta META = RuleMeta.builder("lock-timeout")
            .title("Strong lock taken without a lock_timeout")
            .category(Category.LOCKS)
            .severity(Severity.WARNING)
            .flags("The first statement of a migration that takes an ACCESS EXCLUSIVE, SHARE ROW EXCLUSIVE or SHARE "
                    + "lock on an existing relation, when no `SET [LOCAL] lock_timeout` (or "
                    + "`set_config('lock_timeout', …)`) came before it and the runner is not configured to set one "
                    + "(plugin parameter `runnerSetsLockTimeout`). Reported once per migration.")
            .why("A statement that must wait for its lock (behind a long query, or a transaction left open) waits "
                    + "without limit, and while it waits every later query that conflicts with the lock it wants "
                    + "queues behind it: every read and write of the table for ACCESS EXCLUSIVE, every write for SHARE "
                    + "and SHARE ROW EXCLUSIVE. A one-millisecond `ALTER TABLE` becomes an outage.")
            .recipe("Set a short `lock_timeout` at the top of the migration, so the statement gives up instead of "
                    + "blocking the application, and retry the deploy when it times out:\n\n"
                    + "```sql\nSET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN note text;\n```\n\n"
                    + "Inside an explicit transaction, `SET LOCAL lock_timeout = '5s';` as its first statement. If your "
                    + "runner sets `lock_timeout` for every migration, tell Migration Guard with "
                    + "`runnerSetsLockTimeout`.")
            .kinds(Statement.CreateTable.class, Statement.AlterTable.class, Statement.CreateIndex.class,
                    Statement.DropIndex.class, Statement.AlterIndex.class, Statement.Reindex.class,
                    Statement.DropRelation.class, Statement.Truncate.class, Statement.Vacuum.class,
                    Statement.Cluster.class, Statement.LockTable.class, Statement.RefreshMaterializedView.class,
                    Statement.Other.class, Statement.Unrecognized.class, Statement.SetSetting.class)
            .build();

    private static final Pattern SET_CONFIG = Pattern.compile(
            "(?is)set_config\\s*\\(\\s*'lock_timeout'\\s*,\\s*'([^']*)'\\s*,\\s*(true|false)");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        if (context.settings().runnerSetsLockTimeout()) {
            return;
        }
        Timeouts timeouts = context.state(Timeouts.class, Timeouts::new);
        if (timeouts.reported) {
            return;
        }
        if (follow(context, timeouts) || timeouts.inForce(context)) {
            return;
        }
        for (Locks.Lock lock : Locks.of(context.model())) {
            if (waitsBlockOthers(lock.mode()) && LockedRelations.existing(context, lock)) {
                report(context, lock);
                timeouts.reported = true;
                return;
            }
        }
    }

    @Override
    public void finishScript(ScriptContext context) {
        context.state(Timeouts.class, Timeouts::new).clear();
    }

    /** Follows statements that set or clear lock_timeout; true when this statement was one. */
    private static boolean follow(RuleContext context, Timeouts timeouts) {
        if (context.model() instanceof Statement.SetSetting set) {
            if (!set.name().equalsIgnoreCase("lock_timeout")) {
                return false;
            }
            timeouts.set(context, set.value().filter(v -> !disables(v)).isPresent(), set.local());
            return true;
        }
        if (context.model() instanceof Statement.Other || context.model() instanceof Statement.Unrecognized) {
            Matcher m = SET_CONFIG.matcher(context.statement().sql().text());
            if (m.find()) {
                timeouts.set(context, !disables(m.group(1)), m.group(2).equalsIgnoreCase("true"));
                return true;
            }
        }
        return false;
    }

    /** {@code 0} (in any unit) and {@code DEFAULT} mean no timeout. */
    private static boolean disables(String value) {
        String v = value.strip().replace("'", "").replace("\"", "").toLowerCase(Locale.ROOT);
        return v.equals("default") || v.matches("0+(\\.0*)?\\s*(us|ms|s|min|h|d)?");
    }

    private static boolean waitsBlockOthers(LockMode mode) {
        return mode == LockMode.ACCESS_EXCLUSIVE || mode == LockMode.SHARE_ROW_EXCLUSIVE || mode == LockMode.SHARE;
    }

    private static void report(RuleContext context, Locks.Lock lock) {
        String relation = Describe.relation(lock.relation());
        String queued = lock.mode() == LockMode.ACCESS_EXCLUSIVE ? "every later read and write" : "every later write";
        String local = context.tx().mode() == TxPosition.Mode.EXPLICIT
                ? " (or SET LOCAL lock_timeout as the first statement of its transaction)" : "";
        context.report("No lock_timeout is set before this statement takes " + Describe.lock(lock.mode()) + " on "
                        + "existing relation " + relation + ": if it has to wait for the lock behind a long query or an "
                        + "open transaction, it waits without limit and " + queued + " on " + relation
                        + " queues behind it.",
                "-- At the top of the migration" + local + ", and retry the deploy when it times out:\n"
                        + "SET lock_timeout = '5s';\n"
                        + "-- If the runner sets lock_timeout for every migration, configure runnerSetsLockTimeout instead.");
    }

    /** Where a lock_timeout is in force in the current script. */
    private static final class Timeouts {
        boolean reported;
        boolean session;
        final Set<Integer> localTransactions = new HashSet<>();

        void set(RuleContext context, boolean on, boolean local) {
            if (local) {
                // SET LOCAL outside a transaction block only warns and changes nothing.
                if (context.tx().inTransactionBlock()) {
                    int tx = context.tx().transaction();
                    if (on) {
                        localTransactions.add(tx);
                    } else {
                        localTransactions.remove(tx);
                    }
                }
            } else {
                session = on;
                localTransactions.clear();
            }
        }

        boolean inForce(RuleContext context) {
            if (localTransactions.contains(context.tx().transaction()) && context.tx().inTransactionBlock()) {
                return true;
            }
            return session;
        }

        void clear() {
            reported = false;
            session = false;
            localTransactions.clear();
        }
    }
}
