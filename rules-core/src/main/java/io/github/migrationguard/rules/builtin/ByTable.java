package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;

import java.util.ArrayList;
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

    V computeIfAbsent(QualifiedName table, Supplier<V> initial) {
        return get(table).orElseGet(() -> {
            V value = initial.get();
            entries.put(table, value);
            return value;
        });
    }

    Optional<V> get(QualifiedName table) {
        return key(table).map(entries::get);
    }

    void put(QualifiedName table, V value) {
        key(table).ifPresent(entries::remove);
        entries.put(table, value);
    }

    /** Follows a table's {@code RENAME TO}; call for every {@code ALTER TABLE}. */
    void follow(Statement.AlterTable alter) {
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.RenameTable r) {
                key(alter.table()).ifPresent(old -> {
                    V value = entries.remove(old);
                    entries.put(new QualifiedName(old.schema(), r.to()), value);
                });
            }
        }
    }

    /** Tables in the order first remembered, by their current names. */
    List<Map.Entry<QualifiedName, V>> entries() {
        return new ArrayList<>(entries.entrySet());
    }

    private Optional<QualifiedName> key(QualifiedName table) {
        return entries.keySet().stream().filter(table::sameObject).findFirst();
    }
}
