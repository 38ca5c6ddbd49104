package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.Locks;
import io.github.migrationguard.model.Nesting;
import io.github.migrationguard.model.Predicate;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.tx.TxPosition;

import java.util.ArrayList;
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
                    + "transaction (the runner's, or an explicit `BEGIN`) took a SHARE or stronger lock on that table, "
                    + "under this name or the one it had before a `RENAME TO` in between: `ALTER TABLE`, `CREATE INDEX`, "
                    + "`LOCK TABLE`, …. Statements in `DO` blocks count too. Not flagged, since they are over in "
                    + "milliseconds: an `UPDATE` or `DELETE` pinned to a few keys written out (`WHERE id = 42`, "
                    + "`WHERE id IN (1, 2, 3)`), an `INSERT … SELECT` pinned so on the table it reads, and one that "
                    + "reads no existing table (`INSERT … SELECT 'a', 1 WHERE NOT EXISTS (…)`, like `VALUES`).")
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
        Optional<Change> change = change(context);
        if (change.isEmpty() || !context.tx().inTransactionBlock()
                || BoundedWhere.forTable(context.catalog(), change.get().keyed()).pins(change.get().where())) {
            return;
        }
        // Walk back through the transaction, following renames to the name each earlier statement used.
        QualifiedName name = change.get().table();
        AnalyzedStatement locker = null;
        Locks.Lock held = null;
        List<TxPosition> positions = context.transactions().positions();
        int transaction = context.tx().transaction();
        List<Locker> lockers = context.state(Lockers.class, Lockers::new).of(context);
        for (int i = lockers.size() - 1; i >= 0; i--) {
            Locker earlier = lockers.get(i);
            int index = earlier.statement().index();
            if (index >= context.statement().index() || positions.get(index).transaction() != transaction) {
                continue;
            }
            name = renamedFrom(earlier.statement().model(), name);
            for (Locks.Lock lock : earlier.strongLocks()) {
                if (lock.relation().sameObject(name)) {
                    locker = earlier.statement();
                    held = lock;
                }
            }
        }
        if (locker != null) {
            report(context, change.get().table(), locker, held);
        }
    }

    /** An earlier statement that takes strong locks or renames a table, with those locks. */
    private record Locker(AnalyzedStatement statement, List<Locks.Lock> strongLocks) {
    }

    /**
     * The script's statements that take a strong lock or rename a table, found once per script: data changes
     * are often thousands in one script, and walking every statement before each of them is quadratic.
     */
    private static final class Lockers {
        private MigrationScript script;
        private List<Locker> lockers = List.of();

        List<Locker> of(RuleContext context) {
            if (script != context.script()) {
                script = context.script();
                List<Locker> found = new ArrayList<>();
                for (AnalyzedStatement s : context.statements()) {
                    if (s.nesting() == Nesting.ROUTINE_BODY) {
                        continue;
                    }
                    List<Locks.Lock> strong = Locks.of(s.model()).stream().filter(l -> l.mode().isStrong()).toList();
                    if (!strong.isEmpty() || s.model() instanceof Statement.AlterTable) {
                        found.add(new Locker(s, strong));
                    }
                }
                lockers = found;
            }
            return lockers;
        }
    }

    /**
     * A change of an existing table's rows that can take long: the table changed, the table whose key would
     * pin it, and the condition. An {@code INSERT … SELECT} counts only when it reads an existing table: one
     * that selects constants or a series adds a few rows, like {@code VALUES}.
     */
    private record Change(QualifiedName table, QualifiedName keyed, Optional<Predicate> where) {
    }

    private static Optional<Change> change(RuleContext context) {
        Statement model = context.model();
        Optional<Change> change = Optional.empty();
        if (model instanceof Statement.Update u) {
            change = Optional.of(new Change(u.table(), u.table(), u.where()));
        } else if (model instanceof Statement.Delete d) {
            change = Optional.of(new Change(d.table(), d.table(), d.where()));
        } else if (model instanceof Statement.Insert i && i.fromSelect()) {
            change = i.readsFrom().stream().filter(context.catalog()::isExisting).findFirst()
                    .map(source -> new Change(i.table(), source, i.selectWhere()));
        }
        return change.filter(c -> context.catalog().isExisting(c.table()));
    }

    /** The name {@code table} had before {@code model}: the old name when it renames or moves the table. */
    private static QualifiedName renamedFrom(Statement model, QualifiedName table) {
        if (model instanceof Statement.AlterTable a) {
            for (AlterAction action : a.actions()) {
                QualifiedName after = action instanceof AlterAction.RenameTable r
                        ? new QualifiedName(a.table().schema(), r.to())
                        : action instanceof AlterAction.SetSchema m ? new QualifiedName(m.schema(), a.table().name())
                        : null;
                if (after != null && after.sameObject(table)) {
                    return a.table();
                }
            }
        }
        return table;
    }

    private static void report(RuleContext context, QualifiedName table, AnalyzedStatement locker, Locks.Lock lock) {
        String verb = context.model() instanceof Statement.Insert ? "INSERT … SELECT"
                : context.model() instanceof Statement.Update ? "UPDATE" : "DELETE";
        String batching = context.model() instanceof Statement.Insert ? "unbatched-insert-select"
                : context.model() instanceof Statement.Update ? "unbatched-update" : "unbatched-delete";
        context.report(verb + " on existing table " + Describe.quoted(table) + " runs in the same transaction "
                        + "as " + StatementText.label(locker) + ", which took " + Describe.lock(lock.mode())
                        + " on it (blocking " + lock.mode().blocks() + "): that lock is held until the transaction "
                        + "commits, so the application stays blocked for the whole data change.",
                "-- Let the schema change commit on its own: move this statement to a later migration, and batch it "
                        + "there (see " + batching + "):\n" + StatementRewrite.text(context.statement())
                        + ";");
    }
}
