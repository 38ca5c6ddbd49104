package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.Locks;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.RuleContext;

/** Whether a lock the current statement takes falls on a relation that may hold rows and serve traffic. */
final class LockedRelations {

    private LockedRelations() {
    }

    /**
     * Indexes are judged by whether they were created earlier in the migration, other relations by the catalog.
     */
    static boolean existing(RuleContext context, Locks.Lock lock) {
        Statement model = context.model();
        boolean onIndex = model instanceof Statement.DropIndex || model instanceof Statement.AlterIndex
                || (model instanceof Statement.Reindex r && r.target() == Statement.Reindex.Target.INDEX);
        if (onIndex) {
            return !EarlierStatements.createdIndex(context, lock.relation());
        }
        return context.catalog().isExisting(lock.relation());
    }
}
