package io.github.migrationguard.schema;

import io.github.migrationguard.model.QualifiedName;

import java.util.Optional;

/**
 * A statement the catalog could not follow, so that a rule depending on the fact it may have changed
 * can say where the catalog lost track instead of guessing.
 *
 * @param file     the script's path
 * @param line     1-based line of the statement
 * @param what     what was not followed, for a message ("dynamic SQL in a DO block", "ALTER TABLE … INHERIT")
 * @param relation the relation it may have changed, when known
 */
public record Unfollowed(String file, int line, String what, Optional<QualifiedName> relation) {

    /** {@code file:line}, for messages. */
    public String place() {
        return file + ":" + line;
    }
}
