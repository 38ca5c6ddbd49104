package io.github.migrationguard.schema;

import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;

import java.util.ArrayList;
import java.util.List;

/**
 * The schema as the migrations so far have left it, replayed statement by statement. Rules ask it
 * whether a relation is new (created earlier in the deployment scope, so empty and unused) or
 * existing (may hold rows and serve traffic).
 *
 * <p>The deployment scope is one migration unless the caller knows the pending set.
 */
public final class Catalog {

    private final List<QualifiedName> created = new ArrayList<>();

    /** Starts a new scope: nothing is new any more. */
    public void resetScope() {
        created.clear();
    }

    /** True when the relation was created earlier in the deployment scope. */
    public boolean isNew(QualifiedName relation) {
        return created.stream().anyMatch(relation::sameObject);
    }

    /** True when the relation may hold rows and serve traffic: it was not created in this deployment. */
    public boolean isExisting(QualifiedName relation) {
        return !isNew(relation);
    }

    /** Follows one statement. */
    public void apply(Statement statement) {
        if (statement instanceof Statement.CreateTable t) {
            created.add(t.name());
        } else if (statement instanceof Statement.DropRelation d) {
            d.names().forEach(n -> created.removeIf(n::sameObject));
        } else if (statement instanceof Statement.AlterTable a && isNew(a.table())) {
            for (AlterAction action : a.actions()) {
                if (action instanceof AlterAction.RenameTable r) {
                    created.removeIf(a.table()::sameObject);
                    created.add(new QualifiedName(a.table().schema(), r.to()));
                }
            }
        }
    }
}
