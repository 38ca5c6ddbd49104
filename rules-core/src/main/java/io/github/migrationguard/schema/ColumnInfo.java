package io.github.migrationguard.schema;

import io.github.migrationguard.model.ColumnDef;
import io.github.migrationguard.model.DataType;
import io.github.migrationguard.model.Expr;

import java.util.Optional;

/**
 * A column of a {@link TableInfo}.
 *
 * @param notNull true when the column is known to hold no NULLs: declared {@code NOT NULL}, part of the
 *                primary key, {@code SET NOT NULL}, or a validated PostgreSQL 18 {@code NOT NULL} constraint
 */
public record ColumnInfo(String name, DataType type, boolean notNull, Optional<Expr> defaultExpr,
                         Optional<ColumnDef.Generated> generated) {

    ColumnInfo withName(String newName) {
        return new ColumnInfo(newName, type, notNull, defaultExpr, generated);
    }

    ColumnInfo withType(DataType newType) {
        return new ColumnInfo(name, newType, notNull, defaultExpr, generated);
    }

    ColumnInfo withNotNull(boolean value) {
        return new ColumnInfo(name, type, value, defaultExpr, generated);
    }

    ColumnInfo withDefault(Optional<Expr> value) {
        return new ColumnInfo(name, type, notNull, value, generated);
    }
}
