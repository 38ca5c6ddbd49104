package io.github.migrationguard.source;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Flyway version: parts separated by dots or underscores, compared numerically part by part,
 * trailing zero parts ignored ({@code 1.0} equals {@code 1}), as Flyway compares them.
 */
public record MigrationVersion(List<BigInteger> parts, String text) implements Comparable<MigrationVersion> {

    /** Flyway 13 splits only at a dot followed by a digit, and reads each part as a {@link BigInteger}. */
    private static final Pattern SPLIT = Pattern.compile("\\.(?=\\d)");

    public MigrationVersion {
        parts = List.copyOf(parts);
    }

    /**
     * Parses {@code 1.2_3}; throws {@link IllegalArgumentException} with a readable message when the
     * text is not a version (Flyway refuses such names too). As in Flyway 13, a part may carry a sign
     * ({@code V-1__x.sql} and {@code V+2__x.sql} are migrations 1 below zero and 2).
     */
    public static MigrationVersion parse(String text) {
        String normalized = text.replace('_', '.');
        List<BigInteger> parts = new ArrayList<>();
        for (String part : SPLIT.split(normalized)) {
            try {
                parts.add(new BigInteger(part));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Invalid version '" + text + "': use digits separated by '.' or '_'");
            }
        }
        int size = parts.size();
        while (size > 1 && parts.get(size - 1).signum() == 0) {
            size--;
        }
        return new MigrationVersion(parts.subList(0, size), text);
    }

    @Override
    public int compareTo(MigrationVersion other) {
        int n = Math.max(parts.size(), other.parts.size());
        for (int i = 0; i < n; i++) {
            BigInteger a = i < parts.size() ? parts.get(i) : BigInteger.ZERO;
            BigInteger b = i < other.parts.size() ? other.parts.get(i) : BigInteger.ZERO;
            int c = a.compareTo(b);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MigrationVersion v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
