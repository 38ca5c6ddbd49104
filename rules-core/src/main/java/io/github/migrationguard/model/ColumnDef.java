package io.github.migrationguard.model;

import java.util.List;
import java.util.Optional;

/**
 * A column as declared in {@code CREATE TABLE} or {@code ADD COLUMN}.
 *
 * @param notNull     declared {@code NOT NULL} (a {@code PRIMARY KEY} column is not null as well: see {@link #effectivelyNotNull()})
 * @param defaultExpr its {@code DEFAULT}
 * @param generated   identity, serial or generated-expression details when the column has them
 * @param constraints inline constraints other than NOT NULL/NULL/DEFAULT ({@code PRIMARY KEY}, {@code UNIQUE},
 *                    {@code REFERENCES}, {@code CHECK}), with this column as their column
 */
public record ColumnDef(String name, DataType type, boolean notNull, Optional<Expr> defaultExpr,
                        Optional<Generated> generated, List<ConstraintDef> constraints, Optional<String> collation) {

    public ColumnDef {
        constraints = List.copyOf(constraints);
    }

    public boolean isPrimaryKey() {
        return constraints.stream().anyMatch(c -> c.kind() == ConstraintKind.PRIMARY_KEY);
    }

    public boolean effectivelyNotNull() {
        return notNull || isPrimaryKey();
    }

    public Optional<ConstraintDef> references() {
        return constraints.stream().filter(c -> c.kind() == ConstraintKind.FOREIGN_KEY).findFirst();
    }

    /** How a column gets its values without a plain default. */
    public record Generated(Kind kind, Optional<Expr> expression) {
        public enum Kind {
            /** {@code serial}, {@code bigserial}, {@code smallserial}: a sequence default, a rewrite when added. */
            SERIAL,
            /** {@code GENERATED ALWAYS|BY DEFAULT AS IDENTITY}. */
            IDENTITY,
            /** {@code GENERATED ALWAYS AS (expr) STORED}. */
            STORED,
            /** {@code GENERATED ALWAYS AS (expr) [VIRTUAL]} on PostgreSQL 18, computed on read. */
            VIRTUAL
        }
    }
}
