package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.Locks;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.schema.TableInfo;


/** Whether a lock the current statement takes falls on a relation that may hold rows and serve traffic. */
final class LockedRelations {

    private LockedRelations() {
    }

    /**
     * Indexes are judged by whether they were created earlier in the migration, other relations by the catalog.
     */
    static boolean existing(RuleContext context, Locks.Lock lock) {
        if (onIndex(context.model())) {
            return !EarlierStatements.createdIndex(context, lock.relation());
        }
        return context.catalog().isExisting(lock.relation());
    }

    /**
     * The locked relation in words, as the application feels it: the lock of {@code DROP INDEX},
     * {@code ALTER INDEX} and {@code REINDEX INDEX} is taken on the index, but it is the reads and
     * writes of the index's table that wait, so that table is named (when the catalog knows it).
     */
    static String describe(RuleContext context, Locks.Lock lock) {
        String relation = Describe.quoted(lock.relation());
        if (!onIndex(context.model())) {
            return relation;
        }
        return context.catalog().tableOfIndex(lock.relation()).map(TableInfo::name)
                .map(table -> Describe.quoted(table) + " (the table of index " + relation + ")")
                .orElse("the table of index " + relation);
    }

    /** True for statements whose lock falls on an index (and so blocks its table). */
    static boolean onIndex(Statement model) {
        return model instanceof Statement.DropIndex || model instanceof Statement.AlterIndex
                || (model instanceof Statement.Reindex r && r.target() == Statement.Reindex.Target.INDEX);
    }
}
