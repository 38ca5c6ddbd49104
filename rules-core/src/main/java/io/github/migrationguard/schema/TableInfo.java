package io.github.migrationguard.schema;

import io.github.migrationguard.model.ConstraintKind;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.RelationKind;

import java.util.List;
import java.util.Optional;

/**
 * A relation as the migrations replayed so far have left it: an immutable snapshot.
 *
 * @param kind         {@code TABLE} (partitioned or not), {@code VIEW}, {@code MATERIALIZED_VIEW} or {@code FOREIGN_TABLE}
 * @param newInScope   created earlier in the deployment scope: empty and unused when the statement runs
 * @param complete     false when the catalog does not know every column, index and constraint: the table was
 *                     created outside the replayed scripts, by {@code AS SELECT}, or touched by a statement it could
 *                     not follow (see {@link Catalog#unfollowed()}); a fact missing from an incomplete table is unknown,
 *                     not absent
 * @param createdIn    the script that created it, when the catalog saw that
 * @param partitionOf  the parent, for a partition
 * @param partitioned  declared {@code PARTITION BY}, or has partitions attached
 * @param defaultPartition the DEFAULT partition of its parent
 * @param unpopulated  a materialized view created or last refreshed {@code WITH NO DATA}: reading it fails
 * @param partitioningKnown the catalog read the {@code CREATE TABLE}, so a table without {@code PARTITION BY} is
 *                     known to be a plain one (partitioning cannot be added later)
 */
public record TableInfo(QualifiedName name, RelationKind kind, List<ColumnInfo> columns, List<IndexInfo> indexes,
                        List<ConstraintInfo> constraints, boolean rowLevelSecurity, List<String> policies,
                        boolean newInScope, boolean complete, Optional<String> createdIn,
                        Optional<QualifiedName> partitionOf, boolean partitioned, boolean partitioningKnown,
                        boolean defaultPartition, boolean unpopulated) {

    public TableInfo {
        columns = List.copyOf(columns);
        indexes = List.copyOf(indexes);
        constraints = List.copyOf(constraints);
        policies = List.copyOf(policies);
    }

    /** The column named so (names as PostgreSQL folds them). */
    public Optional<ColumnInfo> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The constraint named so. */
    public Optional<ConstraintInfo> constraint(String name) {
        return constraints.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The primary key's columns, empty when the catalog knows of none. */
    public List<String> primaryKey() {
        return constraints.stream().filter(c -> c.kind() == ConstraintKind.PRIMARY_KEY).findFirst()
                .map(ConstraintInfo::columns).orElse(List.of());
    }

    /**
     * Column sets whose values identify a row: the primary key, unique constraints and full
     * (non-partial) unique indexes over plain columns.
     */
    public List<List<String>> uniqueKeys() {
        List<List<String>> keys = new java.util.ArrayList<>();
        for (ConstraintInfo c : constraints) {
            if ((c.kind() == ConstraintKind.PRIMARY_KEY || c.kind() == ConstraintKind.UNIQUE) && !c.columns().isEmpty()) {
                keys.add(c.columns());
            }
        }
        for (IndexInfo index : indexes) {
            if (index.unique() && !index.partial() && index.columns().stream().allMatch(this::hasColumnOrUnknown)
                    && !keys.contains(index.columns())) {
                keys.add(index.columns());
            }
        }
        return List.copyOf(keys);
    }

    public boolean isPartitioned() {
        return partitioned;
    }

    /** True when the table is known to be an ordinary one: created by a {@code CREATE TABLE} without {@code PARTITION BY}. */
    public boolean isKnownUnpartitioned() {
        return partitioningKnown && !partitioned;
    }

    private boolean hasColumnOrUnknown(String column) {
        return column(column).isPresent() || !complete;
    }
}
