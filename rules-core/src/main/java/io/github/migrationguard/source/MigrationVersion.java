package io.github.migrationguard.source;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A Flyway version: parts separated by dots or underscores, compared numerically part by part,
 * trailing zero parts ignored ({@code 1.0} equals {@code 1}), as Flyway compares them.
 */
public record MigrationVersion(List<BigInteger> parts, String text) implements Comparable<MigrationVersion> {

    public MigrationVersion {
        parts = List.copyOf(parts);
    }

    /**
     * Parses {@code 1.2_3}; throws {@link IllegalArgumentException} with a readable message when the
     * text is not a version (Flyway refuses such names too).
     */
    public static MigrationVersion parse(String text) {
        String normalized = text.replace('_', '.');
        List<BigInteger> parts = new ArrayList<>();
        for (String part : normalized.split("\\.", -1)) {
            if (part.isEmpty() || !part.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("Invalid version '" + text + "': use digits separated by '.' or '_'");
            }
            parts.add(new BigInteger(part));
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
