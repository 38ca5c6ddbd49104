package io.github.migrationguard.schema;

import io.github.migrationguard.model.QualifiedName;

/** One column of one relation, e.g. a user of an enum type or domain. */
public record ColumnRef(QualifiedName table, String column) {
}
