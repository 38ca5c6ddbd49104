package io.github.migrationguard.model;

import java.util.List;
import java.util.Optional;

/**
 * A table constraint, inline on a column or at table level.
 *
 * @param name             {@code CONSTRAINT name}, when given
 * @param columns          the constrained columns (for CHECK: those the frontend could see, possibly none)
 * @param check            the CHECK expression, for CHECK constraints
 * @param notNullColumn    the column when the CHECK is exactly {@code col IS NOT NULL}, or the column of a
 *                         PostgreSQL 18 {@code NOT NULL col} constraint
 * @param references       the referenced table and columns, for foreign keys
 * @param usingIndex       {@code USING INDEX name} for UNIQUE / PRIMARY KEY
 * @param notValid         {@code NOT VALID} was written
 */
public record ConstraintDef(Optional<String> name, ConstraintKind kind, List<String> columns, Optional<Expr> check,
                            Optional<String> notNullColumn, Optional<Reference> references,
                            Optional<String> usingIndex, boolean notValid) {

    public ConstraintDef {
        columns = List.copyOf(columns);
    }

    /** The referenced side of a foreign key; {@code columns} is empty when it refers to the primary key. */
    public record Reference(QualifiedName table, List<String> columns) {
        public Reference {
            columns = List.copyOf(columns);
        }
    }
}
