package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.Locks;
import io.github.migrationguard.model.Predicate;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.tx.TxPosition;

import java.util.List;
import java.util.Optional;

/**
 * A data change on an existing table in a transaction that already holds a strong lock on it (typically
 * an {@code ALTER TABLE … ADD COLUMN} then its backfill): the lock stays held for the whole backfill.
 */
public final class BackfillInDdlTransaction implements Rule {

    static final RuleMeta META = RuleMeta.builder("backfill-in-ddl-transaction")
            .title("Backfill in the transaction that took a strong lock")
            .category(Category.DATA_CHANGES)
            .severity(Severity.WARNING)
            .flags("`UPDATE`, `DELETE` or `INSERT … SELECT` on an existing table when an earlier statement of the same "
                    + "transaction (the runner's, or an explicit `BEGIN`) took a SHARE or stronger lock on that table: "
                    + "`ALTER TABLE`, `CREATE INDEX`, `LOCK TABLE`, …. Statements in `DO` blocks count too. An `UPDATE` or "
                    + "`DELETE` pinned to a few keys written out (`WHERE id = 42`, `WHERE id IN (1, 2, 3)`) is not "
                    + "flagged: it is over in milliseconds.")
            .why("Table locks are held until the transaction ends. After an `ALTER TABLE` (ACCESS EXCLUSIVE) every "
                    + "read and write of the table waits for the whole backfill, not just for the quick schema change; "
                    + "after `CREATE INDEX` (SHARE) every write does. A backfill that takes minutes becomes minutes of "
                    + "outage, and the longer the transaction, the more the application's queued connections pile up.")
            .recipe("Commit the schema change first, then backfill in a migration of its own, in batches:\n\n"
                    + "```sql\n-- V12__add_status.sql\nALTER TABLE orders ADD COLUMN status text;\n\n"
                    + "-- V13__backfill_status.sql (executeInTransaction=false in its .conf)\n"
                    + "DO $$\nDECLARE\n  batch_start bigint := (SELECT min(id) FROM orders);\n"
                    + "  last_id bigint := (SELECT max(id) FROM orders);\nBEGIN\n  WHILE batch_start <= last_id LOOP\n"
                    + "    UPDATE orders SET status = 'new'\n    WHERE id >= batch_start AND id < batch_start + 1000;\n"
                    + "    batch_start := batch_start + 1000;\n    COMMIT;\n  END LOOP;\nEND $$;\n```\n\n"
                    + "A default on the column itself (`ADD COLUMN status text DEFAULT 'new'`, no rewrite from "
                    + "PostgreSQL 11 when the default is constant) often makes the backfill unnecessary.")
            .kinds(Statement.Update.class, Statement.Delete.class, Statement.Insert.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Optional<QualifiedName> target = target(context.model());
        TxPosition here = context.tx();
        if (target.isEmpty() || !here.inTransactionBlock() || !context.catalog().isExisting(target.get())
                || BoundedWhere.forTable(context.catalog(), target.get()).pins(where(context.model()))) {
            return;
        }
        List<TxPosition> positions = context.transactions().positions();
        for (AnalyzedStatement earlier : EarlierStatements.of(context)) {
            if (positions.get(earlier.index()).transaction() != here.transaction()) {
                continue;
            }
            for (Locks.Lock lock : Locks.of(earlier.model())) {
                if (lock.mode().isStrong() && lock.relation().sameObject(target.get())) {
                    report(context, target.get(), earlier, lock);
                    return;
                }
            }
        }
    }

    private static Optional<Predicate> where(Statement model) {
        if (model instanceof Statement.Update u) {
            return u.where();
        }
        return model instanceof Statement.Delete d ? d.where() : Optional.empty();
    }

    /** The table written by an UPDATE, DELETE or INSERT … SELECT. */
    private static Optional<QualifiedName> target(Statement model) {
        if (model instanceof Statement.Update u) {
            return Optional.of(u.table());
        }
        if (model instanceof Statement.Delete d) {
            return Optional.of(d.table());
        }
        if (model instanceof Statement.Insert i && i.fromSelect()) {
            return Optional.of(i.table());
        }
        return Optional.empty();
    }

    private static void report(RuleContext context, QualifiedName table, AnalyzedStatement locker, Locks.Lock lock) {
        String verb = context.model() instanceof Statement.Insert ? "INSERT … SELECT"
                : context.model() instanceof Statement.Update ? "UPDATE" : "DELETE";
        context.report(verb + " on existing table " + Describe.quoted(table) + " runs in the same transaction "
                        + "as " + StatementText.label(locker) + ", which took " + Describe.lock(lock.mode())
                        + " on it (blocking " + lock.mode().blocks() + "): that lock is held until the transaction "
                        + "commits, so the application stays blocked for the whole data change.",
                "-- Let the schema change commit on its own: move this statement to a later migration, and batch it "
                        + "there (see unbatched-update / unbatched-delete):\n" + StatementRewrite.text(context.statement())
                        + ";");
    }
}
