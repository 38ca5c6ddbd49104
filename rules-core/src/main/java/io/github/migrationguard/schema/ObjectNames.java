package io.github.migrationguard.schema;

import io.github.migrationguard.model.ConstraintKind;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names PostgreSQL picks for indexes and constraints written without one ({@code orders_pkey},
 * {@code orders_email_key}, {@code orders_customer_id_fkey}, {@code orders_created_at_idx}), so that a later
 * {@code DROP INDEX} or {@code VALIDATE CONSTRAINT} by that name finds them. Name collisions, which
 * PostgreSQL resolves with a number suffix, are not followed.
 */
public final class ObjectNames {

    /** NAMEDATALEN - 1. */
    private static final int MAX_LENGTH = 63;
    private static final Pattern PLAIN_COLUMN =
            Pattern.compile("\\s*(\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)(\\s+.*)?", Pattern.DOTALL);

    private ObjectNames() {
    }

    static String constraint(String table, ConstraintKind kind, List<String> columns) {
        return switch (kind) {
            case PRIMARY_KEY -> make(table, "", "pkey");
            case UNIQUE -> make(table, String.join("_", columns), "key");
            case FOREIGN_KEY -> make(table, String.join("_", columns), "fkey");
            case CHECK -> make(table, columns.isEmpty() ? "" : columns.get(0), "check");
            case EXCLUDE -> make(table, columns.isEmpty() ? "" : columns.get(0), "excl");
            case NOT_NULL -> make(table, columns.isEmpty() ? "" : columns.get(0), "not_null");
        };
    }

    /** @param keys index keys as {@link #indexKey} folds them */
    public static String index(String table, List<String> keys) {
        List<String> parts = keys.stream().map(k -> k.contains("(") ? "expr" : k).toList();
        return make(table, String.join("_", parts), "idx");
    }

    /**
     * The column an index key names, folded as PostgreSQL folds it ({@code "Email" DESC} is {@code Email},
     * {@code email text_pattern_ops} is {@code email}), or the key as written when it is an expression.
     */
    public static String indexKey(String asWritten) {
        Matcher m = PLAIN_COLUMN.matcher(asWritten);
        if (!m.matches()) {
            return asWritten.strip();
        }
        String name = m.group(1);
        return name.startsWith("\"") ? name.substring(1, name.length() - 1).replace("\"\"", "\"")
                : name.toLowerCase(Locale.ROOT);
    }

    /** PostgreSQL's makeObjectName: shortens the longer part until {@code name1_name2_label} fits. */
    private static String make(String name1, String name2, String label) {
        int overhead = label.length() + 1 + (name2.isEmpty() ? 0 : 1);
        int available = MAX_LENGTH - overhead;
        int length1 = name1.length();
        int length2 = name2.length();
        while (length1 + length2 > available) {
            if (length1 > length2) {
                length1--;
            } else {
                length2--;
            }
        }
        String name = name1.substring(0, length1);
        if (!name2.isEmpty()) {
            name += "_" + name2.substring(0, length2);
        }
        return name + "_" + label;
    }
}
