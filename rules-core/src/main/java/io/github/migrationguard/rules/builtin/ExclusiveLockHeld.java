package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.LockMode;
import io.github.migrationguard.model.Locks;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.ScriptContext;
import io.github.migrationguard.rules.Severity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An ACCESS EXCLUSIVE lock on an existing relation, then a slow statement in the same transaction: the
 * lock is held, and everything on that relation waits, for the whole slow statement. Reported once per
 * transaction, on the statement that took the lock, naming the slow one.
 */
public final class ExclusiveLockHeld implements Rule {

    static final RuleMeta META = RuleMeta.builder("exclusive-lock-held")
            .title("Slow statement while an ACCESS EXCLUSIVE lock is held")
            .category(Category.LOCKS)
            .severity(Severity.WARNING)
            .flags("In one transaction, a slow statement (one that scans or rewrites an existing table, builds an "
                    + "index on one, or changes its rows without a bound) after a statement that took an ACCESS "
                    + "EXCLUSIVE lock on an existing relation. Reported once per transaction, on the statement that "
                    + "took the lock, naming the slow one.")
            .why("Locks are held until the transaction ends. Once a statement has taken ACCESS EXCLUSIVE (an `ADD "
                    + "COLUMN`, a `RENAME`, a `DROP`, …), every read and write of that relation waits, not only for that "
                    + "quick statement but for everything after it in the transaction, such as an index build or a "
                    + "backfill that runs for minutes.")
            .recipe("Split the migration so the quick ACCESS EXCLUSIVE change commits on its own, and the slow work "
                    + "runs in a later transaction (a later migration for Flyway), ideally in its online form:\n\n"
                    + "```sql\n-- V5__add_status.sql\nALTER TABLE orders ADD COLUMN status text;\n\n"
                    + "-- V6__index_status.sql (executeInTransaction=false)\n"
                    + "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);\n```")
            .kinds(Statement.AlterTable.class, Statement.CreateTable.class, Statement.CreateIndex.class,
                    Statement.DropIndex.class, Statement.AlterIndex.class, Statement.Reindex.class,
                    Statement.DropRelation.class, Statement.Truncate.class, Statement.Vacuum.class,
                    Statement.Cluster.class, Statement.LockTable.class, Statement.RefreshMaterializedView.class,
                    Statement.Update.class, Statement.Delete.class, Statement.Insert.class, Statement.Other.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Held held = context.state(Held.class, Held::new);
        int transaction = context.tx().transaction();
        Holder holder = held.byTransaction.get(transaction);
        if (holder != null && !held.reported.contains(transaction)) {
            Optional<String> slow = SlowStatement.why(context);
            if (slow.isPresent()) {
                report(context, holder, slow.get());
                held.reported.add(transaction);
                return;
            }
        }
        if (holder == null) {
            firstExclusiveLock(context).ifPresent(relation ->
                    held.byTransaction.put(transaction, new Holder(context.statement(), relation)));
        }
    }

    @Override
    public void finishScript(ScriptContext context) {
        context.state(Held.class, Held::new).clear();
    }

    /** The relation, in words, of the statement's first ACCESS EXCLUSIVE lock on an existing relation. */
    private static Optional<String> firstExclusiveLock(RuleContext context) {
        Statement model = context.model();
        // The lock of DROP INDEX and REINDEX INDEX is reported on the index; the table behind it is blocked.
        boolean onIndex = model instanceof Statement.DropIndex || model instanceof Statement.AlterIndex
                || model instanceof Statement.Reindex;
        for (Locks.Lock lock : Locks.of(model)) {
            if (lock.mode() == LockMode.ACCESS_EXCLUSIVE && LockedRelations.existing(context, lock)) {
                String relation = Describe.relation(lock.relation());
                return Optional.of(onIndex ? "the table of index " + relation : relation);
            }
        }
        return Optional.empty();
    }

    private static void report(RuleContext context, Holder holder, String slow) {
        String relation = holder.relation();
        AnalyzedStatement slowStatement = context.statement();
        context.report(holder.statement(), "This statement takes "
                        + Describe.lock(LockMode.ACCESS_EXCLUSIVE) + " on " + relation
                        + ", held until the transaction ends; later in the same transaction "
                        + StatementText.label(slowStatement) + " " + slow + ", so every read and write of " + relation
                        + " stays blocked for the whole of it.",
                "-- Split the migration: let this change commit on its own (a migration of its own), and run\n-- "
                        + StatementText.label(slowStatement) + " in a later transaction, in its online form if it has one.\n"
                        + StatementRewrite.text(holder.statement()) + ";");
    }

    /** The statement that took the transaction's first ACCESS EXCLUSIVE lock on an existing relation. */
    private record Holder(AnalyzedStatement statement, String relation) {
    }

    /** Per script: the first holder of each transaction, and the transactions already reported. */
    private static final class Held {
        final Map<Integer, Holder> byTransaction = new HashMap<>();
        final Set<Integer> reported = new HashSet<>();

        void clear() {
            byTransaction.clear();
            reported.clear();
        }
    }
}
