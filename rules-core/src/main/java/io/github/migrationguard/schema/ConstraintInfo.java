package io.github.migrationguard.schema;

import io.github.migrationguard.model.ConstraintDef;
import io.github.migrationguard.model.ConstraintKind;

import java.util.List;
import java.util.Optional;

/**
 * A constraint of a {@link TableInfo}.
 *
 * @param name          as written, or the name PostgreSQL picks when none was written
 * @param validated     false while it is {@code NOT VALID}
 * @param notNullColumn the column of a {@code CHECK (col IS NOT NULL)} or of a PostgreSQL 18 {@code NOT NULL col}
 * @param definedIn     the script that added it
 */
public record ConstraintInfo(String name, ConstraintKind kind, List<String> columns, boolean validated,
                             Optional<String> notNullColumn, Optional<ConstraintDef.Reference> references,
                             Optional<String> definedIn) {

    public ConstraintInfo {
        columns = List.copyOf(columns);
    }

    ConstraintInfo withName(String newName) {
        return new ConstraintInfo(newName, kind, columns, validated, notNullColumn, references, definedIn);
    }

    ConstraintInfo validatedNow() {
        return new ConstraintInfo(name, kind, columns, true, notNullColumn, references, definedIn);
    }

    ConstraintInfo withColumnRenamed(String from, String to) {
        List<String> renamed = columns.stream().map(c -> c.equals(from) ? to : c).toList();
        Optional<String> notNull = notNullColumn.map(c -> c.equals(from) ? to : c);
        return new ConstraintInfo(name, kind, renamed, validated, notNull, references, definedIn);
    }
}
