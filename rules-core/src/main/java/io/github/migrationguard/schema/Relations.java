package io.github.migrationguard.schema;

import io.github.migrationguard.model.QualifiedName;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog's relations, keyed by bare name so that a lookup costs a map access however many
 * tables the migrations create. Unqualified names match any schema ({@link QualifiedName#sameObject});
 * an exact match wins over a merely compatible one.
 */
final class Relations {

    private final Map<String, List<TableState>> byName = new HashMap<>();
    private final List<TableState> inOrder = new ArrayList<>();

    Optional<TableState> find(QualifiedName name) {
        List<TableState> candidates = byName.get(name.name());
        if (candidates == null) {
            return Optional.empty();
        }
        TableState compatible = null;
        for (TableState t : candidates) {
            if (t.name.equals(name)) {
                return Optional.of(t);
            }
            if (compatible == null && t.name.sameObject(name)) {
                compatible = t;
            }
        }
        return Optional.ofNullable(compatible);
    }

    /** Any relation that may be the one named is new: the old behaviour of {@code isNew}, kept for unqualified names. */
    boolean anyNew(QualifiedName name) {
        List<TableState> candidates = byName.get(name.name());
        return candidates != null && candidates.stream().anyMatch(t -> t.newInScope && t.name.sameObject(name));
    }

    /** Adds a relation, replacing one of exactly that name (a {@code CREATE} after an unseen {@code DROP}). */
    void add(TableState table) {
        find(table.name).filter(t -> t.name.equals(table.name)).ifPresent(this::remove);
        byName.computeIfAbsent(table.name.name(), k -> new ArrayList<>()).add(table);
        inOrder.add(table);
    }

    void remove(TableState table) {
        List<TableState> candidates = byName.get(table.name.name());
        if (candidates != null) {
            candidates.remove(table);
        }
        inOrder.remove(table);
    }

    void rename(TableState table, QualifiedName to) {
        QualifiedName from = table.name;
        for (TableState partition : inOrder) {
            if (partition.partitionOf.filter(from::sameObject).isPresent()) {
                partition.partitionOf = Optional.of(to);
                partition.changed();
            }
        }
        List<TableState> candidates = byName.get(table.name.name());
        if (candidates != null) {
            candidates.remove(table);
        }
        table.name = to;
        table.changed();
        byName.computeIfAbsent(to.name(), k -> new ArrayList<>()).add(table);
        for (int i = 0; i < table.indexes.size(); i++) {
            table.indexes.set(i, table.indexes.get(i).withTable(to));
        }
    }

    /** The table holding the index named so (index names share the relations' namespace per schema). */
    Optional<TableState> ownerOfIndex(QualifiedName index) {
        for (TableState t : inOrder) {
            boolean schemaFits = index.schema() == null || t.name.schema() == null || index.schema().equals(t.name.schema());
            if (schemaFits && t.indexIndex(index.name()) >= 0) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    List<TableState> all() {
        return inOrder;
    }
}
