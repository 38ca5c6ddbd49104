package io.github.migrationguard.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which table-level lock a statement takes on which relation, as far as the statement alone shows it
 * (observed on PostgreSQL 18; see "Strong lock" in the rule catalog). Callers decide whether the
 * relation is existing (ask the catalog) and whether the mode matters to them.
 *
 * <p>What the statement alone cannot show is left out: the table behind a {@code DROP INDEX} or
 * {@code REINDEX INDEX} (the lock is reported on the index), the second table of a foreign key being
 * dropped or retyped, tables reached through {@code CASCADE}, and the tables using a domain.
 * {@code ATTACH PARTITION} is reported as PostgreSQL 12+ takes it.
 */
public final class Locks {

    /** One lock: {@code mode} on {@code relation} (a table, view, materialized view, sequence or index). */
    public record Lock(QualifiedName relation, LockMode mode) {
    }

    private Locks() {
    }

    /** The locks {@code statement} takes, one per relation (the strongest when several actions lock it). */
    public static List<Lock> of(Statement statement) {
        Collector locks = new Collector();
        if (statement instanceof Statement.AlterTable a) {
            for (AlterAction action : a.actions()) {
                alterAction(a.table(), action, locks);
            }
        } else if (statement instanceof Statement.CreateTable t) {
            createTable(t, locks);
        } else if (statement instanceof Statement.CreateIndex i) {
            locks.add(i.table(), i.concurrently() ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.SHARE);
        } else if (statement instanceof Statement.DropIndex d) {
            d.names().forEach(n -> locks.add(n,
                    d.concurrently() ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE));
        } else if (statement instanceof Statement.AlterIndex i) {
            alterIndex(i, locks);
        } else if (statement instanceof Statement.Reindex r) {
            reindex(r, locks);
        } else if (statement instanceof Statement.DropRelation d) {
            d.names().forEach(n -> locks.add(n, LockMode.ACCESS_EXCLUSIVE));
        } else if (statement instanceof Statement.Truncate t) {
            t.tables().forEach(n -> locks.add(n, LockMode.ACCESS_EXCLUSIVE));
        } else if (statement instanceof Statement.Vacuum v) {
            LockMode mode = v.full() ? LockMode.ACCESS_EXCLUSIVE : LockMode.SHARE_UPDATE_EXCLUSIVE;
            v.tables().forEach(n -> locks.add(n, mode));
        } else if (statement instanceof Statement.Cluster c) {
            c.table().ifPresent(n -> locks.add(n, LockMode.ACCESS_EXCLUSIVE));
        } else if (statement instanceof Statement.LockTable l) {
            l.tables().forEach(n -> locks.add(n, l.mode()));
        } else if (statement instanceof Statement.RefreshMaterializedView r) {
            locks.add(r.name(), r.concurrently() ? LockMode.EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE);
        } else if (statement instanceof Statement.Update u) {
            locks.add(u.table(), LockMode.ROW_EXCLUSIVE);
        } else if (statement instanceof Statement.Delete d) {
            locks.add(d.table(), LockMode.ROW_EXCLUSIVE);
        } else if (statement instanceof Statement.Insert i) {
            locks.add(i.table(), LockMode.ROW_EXCLUSIVE);
        } else if (statement instanceof Statement.Copy c) {
            locks.add(c.table(), c.from() ? LockMode.ROW_EXCLUSIVE : LockMode.ACCESS_SHARE);
        } else if (statement instanceof Statement.Other o && o.target().isPresent() && o.lock().isPresent()) {
            locks.add(o.target().get(), o.lock().get());
        }
        return locks.list();
    }

    private static void alterAction(QualifiedName table, AlterAction action, Collector locks) {
        if (action instanceof AlterAction.AddConstraint c) {
            constraint(table, c.constraint(), locks);
        } else if (action instanceof AlterAction.AddColumn c) {
            locks.add(table, LockMode.ACCESS_EXCLUSIVE);
            // An inline REFERENCES locks the parent like ADD FOREIGN KEY does.
            c.column().references().flatMap(ConstraintDef::references)
                    .ifPresent(r -> locks.add(r.table(), LockMode.SHARE_ROW_EXCLUSIVE));
        } else if (action instanceof AlterAction.ValidateConstraint) {
            locks.add(table, LockMode.SHARE_UPDATE_EXCLUSIVE);
        } else if (action instanceof AlterAction.AttachPartition p) {
            locks.add(table, LockMode.SHARE_UPDATE_EXCLUSIVE);
            locks.add(p.partition(), LockMode.ACCESS_EXCLUSIVE);
        } else if (action instanceof AlterAction.DetachPartition p) {
            // CONCURRENTLY: SHARE UPDATE EXCLUSIVE on both, then ACCESS EXCLUSIVE on the partition to finish.
            locks.add(table, p.concurrently() ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE);
            locks.add(p.partition(), LockMode.ACCESS_EXCLUSIVE);
        } else if (action instanceof AlterAction.EnableTrigger) {
            locks.add(table, LockMode.SHARE_ROW_EXCLUSIVE);
        } else if (action instanceof AlterAction.Other o) {
            locks.add(table, o.lock());
        } else {
            // Column changes, DROP/RENAME constraint, RENAME, SET SCHEMA, row level security.
            locks.add(table, LockMode.ACCESS_EXCLUSIVE);
        }
    }

    private static void constraint(QualifiedName table, ConstraintDef constraint, Collector locks) {
        if (constraint.kind() == ConstraintKind.FOREIGN_KEY) {
            locks.add(table, LockMode.SHARE_ROW_EXCLUSIVE);
            constraint.references().ifPresent(r -> locks.add(r.table(), LockMode.SHARE_ROW_EXCLUSIVE));
        } else {
            // CHECK and NOT NULL even with NOT VALID; UNIQUE, PRIMARY KEY and EXCLUDE also build an index.
            locks.add(table, LockMode.ACCESS_EXCLUSIVE);
        }
    }

    private static void createTable(Statement.CreateTable table, Collector locks) {
        table.partitionOf().ifPresent(parent -> locks.add(parent, LockMode.ACCESS_EXCLUSIVE));
        List<ConstraintDef> constraints = new ArrayList<>(table.constraints());
        table.columns().forEach(c -> constraints.addAll(c.constraints()));
        for (ConstraintDef c : constraints) {
            Optional<ConstraintDef.Reference> parent = c.references();
            if (c.kind() == ConstraintKind.FOREIGN_KEY && parent.isPresent()
                    && !parent.get().table().sameObject(table.name())) {
                locks.add(parent.get().table(), LockMode.SHARE_ROW_EXCLUSIVE);
            }
        }
    }

    private static void alterIndex(Statement.AlterIndex index, Collector locks) {
        if (index.keywords().startsWith("RENAME")) {
            locks.add(index.index(), LockMode.SHARE_UPDATE_EXCLUSIVE);
        } else if (index.keywords().startsWith("SET TABLESPACE")) {
            locks.add(index.index(), LockMode.ACCESS_EXCLUSIVE);
        }
    }

    private static void reindex(Statement.Reindex reindex, Collector locks) {
        if (reindex.name().isEmpty()) {
            return;
        }
        QualifiedName name = reindex.name().get();
        if (reindex.concurrently()) {
            if (reindex.target() == Statement.Reindex.Target.INDEX || reindex.target() == Statement.Reindex.Target.TABLE) {
                locks.add(name, LockMode.SHARE_UPDATE_EXCLUSIVE);
            }
        } else if (reindex.target() == Statement.Reindex.Target.INDEX) {
            locks.add(name, LockMode.ACCESS_EXCLUSIVE);
        } else if (reindex.target() == Statement.Reindex.Target.TABLE) {
            locks.add(name, LockMode.SHARE);
        }
    }

    /** Keeps one lock per relation, the strongest, in the order the relations were first named. */
    private static final class Collector {
        private final Map<QualifiedName, LockMode> modes = new LinkedHashMap<>();

        void add(QualifiedName relation, LockMode mode) {
            modes.merge(relation, mode, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }

        List<Lock> list() {
            List<Lock> out = new ArrayList<>();
            modes.forEach((relation, mode) -> out.add(new Lock(relation, mode)));
            return List.copyOf(out);
        }
    }
}
