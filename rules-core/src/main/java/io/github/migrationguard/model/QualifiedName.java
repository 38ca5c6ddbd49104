package io.github.migrationguard.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A possibly schema-qualified object name, folded as PostgreSQL folds it (unquoted parts lower-cased).
 *
 * @param schema the schema, or {@code null} when the name was written unqualified
 */
public record QualifiedName(String schema, String name) {

    public QualifiedName {
        Objects.requireNonNull(name, "name");
    }

    public static QualifiedName of(String name) {
        return new QualifiedName(null, name);
    }

    /** Parses {@code a.b} as written in plain (unquoted) SQL; for tests and configuration. */
    public static QualifiedName parse(String dotted) {
        int dot = dotted.lastIndexOf('.');
        String lower = dotted.toLowerCase(Locale.ROOT);
        return dot < 0 ? of(lower) : new QualifiedName(lower.substring(0, dot), lower.substring(dot + 1));
    }

    /**
     * Whether two names may denote the same object. An unqualified name is resolved through the
     * search path at deploy time, which we do not know; we take it to match any schema.
     */
    public boolean sameObject(QualifiedName other) {
        return name.equals(other.name) && (schema == null || other.schema == null || schema.equals(other.schema));
    }

    /** The name as SQL, quoted where PostgreSQL needs quotes. */
    public String sql() {
        return schema == null ? quote(name) : quote(schema) + "." + quote(name);
    }

    @Override
    public String toString() {
        return sql();
    }

    /** Quotes an identifier when it is not a plain lower-case name. */
    public static String quote(String identifier) {
        // a Go template action standing for a name is written back as the template wrote it
        if (identifier.matches("[a-z_][a-z0-9_$]*") || (identifier.startsWith("{{") && identifier.endsWith("}}"))) {
            return identifier;
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
