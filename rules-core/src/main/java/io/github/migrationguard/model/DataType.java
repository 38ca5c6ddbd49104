package io.github.migrationguard.model;

import java.util.List;

/**
 * A column type as written, with its name normalised to PostgreSQL's canonical spelling
 * ({@code character varying} and {@code varchar} are both {@code varchar}; {@code int}, {@code int4}
 * and {@code integer} are {@code integer}; {@code timestamp with time zone} is {@code timestamptz}).
 *
 * @param name      canonical base name, lower case, schema-qualified for user types ({@code public.mood})
 * @param modifiers type modifiers as written, e.g. {@code ["255"]} or {@code ["10", "2"]}
 * @param arrayDims number of {@code []} suffixes (or 1 for {@code ARRAY})
 * @param text      the type exactly as written
 */
public record DataType(String name, List<String> modifiers, int arrayDims, String text) {

    public DataType {
        modifiers = List.copyOf(modifiers);
    }

    public boolean isArray() {
        return arrayDims > 0;
    }

    public boolean is(String canonicalName) {
        return arrayDims == 0 && name.equals(canonicalName);
    }

    @Override
    public String toString() {
        return text;
    }
}
