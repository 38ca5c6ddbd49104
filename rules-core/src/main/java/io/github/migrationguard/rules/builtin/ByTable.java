package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What an end-of-set rule remembers per table (where a column or foreign key was defined), following
 * {@code RENAME TO} so that the name it asks the catalog about at the end is the table's final name.
 */
final class ByTable<V> {

    private final Map<QualifiedName, V> entries = new LinkedHashMap<>();
    private final Map<String, List<QualifiedName>> byName = new HashMap<>();

    V computeIfAbsent(QualifiedName table, Supplier<V> initial) {
        return get(table).orElseGet(() -> {
            V value = initial.get();
            add(table, value);
            return value;
        });
    }

    Optional<V> get(QualifiedName table) {
        return key(table).map(entries::get);
    }

    void put(QualifiedName table, V value) {
        key(table).ifPresent(this::remove);
        add(table, value);
    }

    /** Follows a table's {@code RENAME TO}; call for every {@code ALTER TABLE}. */
    void follow(Statement.AlterTable alter) {
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.RenameTable r) {
                key(alter.table()).ifPresent(old -> add(new QualifiedName(old.schema(), r.to()), remove(old)));
            }
        }
    }

    /** Tables in the order first remembered, by their current names. */
    List<Map.Entry<QualifiedName, V>> entries() {
        return new ArrayList<>(entries.entrySet());
    }

    private void add(QualifiedName table, V value) {
        entries.put(table, value);
        byName.computeIfAbsent(table.name(), k -> new ArrayList<>()).add(table);
    }

    private V remove(QualifiedName table) {
        byName.get(table.name()).remove(table);
        return entries.remove(table);
    }

    private Optional<QualifiedName> key(QualifiedName table) {
        // keys with the same name, looked up by name first: sets hold hundreds of tables
        List<QualifiedName> named = byName.get(table.name());
        return named == null ? Optional.empty() : named.stream().filter(table::sameObject).findFirst();
    }
}
