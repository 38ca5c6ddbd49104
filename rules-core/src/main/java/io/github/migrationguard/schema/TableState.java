package io.github.migrationguard.schema;

import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.RelationKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The mutable side of one relation while the catalog replays statements; rules only ever see its
 * {@link #snapshot()}, which is cached until the next change because rules ask far more often than
 * statements change a table.
 */
final class TableState {

    QualifiedName name;
    final RelationKind kind;
    final List<ColumnInfo> columns = new ArrayList<>();
    final List<IndexInfo> indexes = new ArrayList<>();
    final List<ConstraintInfo> constraints = new ArrayList<>();
    final List<String> policies = new ArrayList<>();
    boolean rowLevelSecurity;
    boolean newInScope;
    boolean complete;
    final Optional<String> createdIn;
    Optional<QualifiedName> partitionOf = Optional.empty();
    boolean partitioned;
    boolean partitioningKnown;
    boolean defaultPartition;
    boolean unpopulated;
    private TableInfo snapshot;

    TableState(QualifiedName name, RelationKind kind, boolean newInScope, boolean complete, Optional<String> createdIn) {
        this.name = name;
        this.kind = kind;
        this.newInScope = newInScope;
        this.complete = complete;
        this.createdIn = createdIn;
    }

    /** Every change goes through here so that the cached snapshot is dropped. */
    TableState changed() {
        snapshot = null;
        return this;
    }

    TableInfo snapshot() {
        if (snapshot == null) {
            snapshot = new TableInfo(name, kind, columns, indexes, constraints, rowLevelSecurity, policies, newInScope,
                    complete, createdIn, partitionOf, partitioned, partitioningKnown,
                    defaultPartition, unpopulated);
        }
        return snapshot;
    }

    int columnIndex(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        return -1;
    }

    /** Changes a known column; a column the catalog does not know stays unknown. */
    void updateColumn(String column, UnaryOperator<ColumnInfo> change) {
        int i = columnIndex(column);
        if (i >= 0) {
            columns.set(i, change.apply(columns.get(i)));
            changed();
        }
    }

    int constraintIndex(String constraint) {
        for (int i = 0; i < constraints.size(); i++) {
            if (constraints.get(i).name().equals(constraint)) {
                return i;
            }
        }
        return -1;
    }

    int indexIndex(String index) {
        for (int i = 0; i < indexes.size(); i++) {
            if (indexes.get(i).name().equals(index)) {
                return i;
            }
        }
        return -1;
    }

    void addConstraint(ConstraintInfo constraint) {
        int existing = constraintIndex(constraint.name());
        if (existing >= 0) {
            constraints.set(existing, constraint);
        } else {
            constraints.add(constraint);
        }
        changed();
    }

    void addIndex(IndexInfo index) {
        int existing = indexIndex(index.name());
        if (existing >= 0) {
            indexes.set(existing, index);
        } else {
            indexes.add(index);
        }
        changed();
    }
}
