package io.github.migrationguard.sql;

import io.github.migrationguard.model.QualifiedName;
import net.sf.jsqlparser.schema.Table;

import java.util.Locale;

/** Identifiers as JSqlParser hands them back (quotes kept), folded as PostgreSQL folds them. */
final class Names {

    private Names() {
    }

    /** {@code "Foo"} is {@code Foo}; {@code Foo} is {@code foo}. */
    static String fold(String identifier) {
        if (identifier == null) {
            return "";
        }
        if (identifier.length() >= 2 && identifier.startsWith("\"") && identifier.endsWith("\"")) {
            return identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"");
        }
        return identifier.toLowerCase(Locale.ROOT);
    }

    static QualifiedName of(Table table) {
        String schema = table.getSchemaName();
        return new QualifiedName(schema == null ? null : fold(schema), fold(table.getName()));
    }
}
