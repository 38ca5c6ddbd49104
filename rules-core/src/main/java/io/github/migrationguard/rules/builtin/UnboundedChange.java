package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.Predicate;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.RuleContext;

import java.util.Optional;

/** The decision the unbatched data-change rules share, so that they never disagree on what is bounded. */
final class UnboundedChange {

    private UnboundedChange() {
    }

    /**
     * True for a change of rows of an existing table, outside a trigger function (which runs inside the
     * application's own writes), whose {@code WHERE} does not bound the rows by the key of {@code keyed}.
     */
    static boolean of(RuleContext context, QualifiedName changed, QualifiedName keyed, Optional<Predicate> where) {
        return !TriggerBodies.contains(context) && context.catalog().isExisting(changed)
                && !BoundedWhere.forTable(context.catalog(), keyed).bounds(where);
    }

    /**
     * The first existing table an unbounded {@code INSERT … SELECT} into an existing table copies from, if
     * any: its {@code WHERE} restricts the rows read, so the key that bounds it is the source's.
     */
    static Optional<QualifiedName> sourceOf(RuleContext context, Statement.Insert insert) {
        if (!insert.fromSelect() || insert.selectLimited()) {
            return Optional.empty();
        }
        return insert.readsFrom().stream().filter(context.catalog()::isExisting).findFirst()
                .filter(source -> of(context, insert.table(), source, insert.selectWhere()));
    }
}
