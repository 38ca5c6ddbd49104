package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.schema.Catalog;
import io.github.migrationguard.schema.ColumnInfo;
import io.github.migrationguard.schema.TableInfo;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The column a fix walks a table by, in batches: its single-column primary key, else a single-column unique
 * key that is {@code NOT NULL}, as the catalog knows them. Integer keys can be walked in numeric ranges; any
 * other key (uuid, text) only in order, batch after batch.
 *
 * @param column  the column name as PostgreSQL folds it
 * @param integer the column is a smallint, integer or bigint (serials and identities included)
 */
record TableKey(String column, boolean integer) {

    private static final Set<String> INTEGER_TYPES = Set.of("smallint", "integer", "bigint");

    /** The key of {@code table}, when the catalog knows one. */
    static Optional<TableKey> of(Catalog catalog, QualifiedName table) {
        return catalog.table(table).flatMap(TableKey::of);
    }

    static Optional<TableKey> of(TableInfo table) {
        List<String> primary = table.primaryKey();
        if (primary.size() == 1) {
            return Optional.of(key(table, primary.get(0)));
        }
        if (!primary.isEmpty()) {
            return Optional.empty(); // a composite primary key: no single column to walk
        }
        return table.uniqueKeys().stream().filter(k -> k.size() == 1).map(k -> k.get(0))
                .filter(c -> table.column(c).map(ColumnInfo::notNull).orElse(false))
                .findFirst().map(c -> key(table, c));
    }

    private static TableKey key(TableInfo table, String column) {
        boolean integer = table.column(column)
                .filter(c -> INTEGER_TYPES.contains(c.type().name()) && !c.type().isArray()).isPresent();
        return new TableKey(column, integer);
    }

    /** The column as SQL, quoted where needed. */
    String sql() {
        return QualifiedName.quote(column);
    }
}
