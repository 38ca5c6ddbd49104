package io.github.migrationguard.schema;

import io.github.migrationguard.model.QualifiedName;

import java.util.List;

/**
 * An index of a {@link TableInfo}.
 *
 * @param name    as written, or the name PostgreSQL picks when none was written
 * @param columns key columns: the column name for a plain column, the expression as written otherwise
 * @param partial it has a {@code WHERE}
 * @param valid   usable by queries; a {@code CONCURRENTLY} build that failed would leave it invalid, which a
 *                replay cannot see, so the catalog takes every index it saw created as valid
 */
public record IndexInfo(String name, QualifiedName table, List<String> columns, boolean unique, boolean partial,
                        boolean valid) {

    public IndexInfo {
        columns = List.copyOf(columns);
    }

    IndexInfo withName(String newName) {
        return new IndexInfo(newName, table, columns, unique, partial, valid);
    }

    IndexInfo withTable(QualifiedName newTable) {
        return new IndexInfo(name, newTable, columns, unique, partial, valid);
    }

    IndexInfo withColumns(List<String> newColumns) {
        return new IndexInfo(name, table, newColumns, unique, partial, valid);
    }
}
