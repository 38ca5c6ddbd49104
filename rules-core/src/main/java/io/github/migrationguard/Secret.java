package io.github.migrationguard;

import java.util.Objects;

/**
 * A password. It prints as {@code ****} wherever it ends up (logs, exception messages, records' toString), so
 * only {@link #reveal()} at the point of use hands the text out.
 */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value);
    }

    public static Secret of(String value) {
        return new Secret(value);
    }

    /** The password itself, for the JDBC driver only. */
    public String reveal() {
        return value;
    }

    /** Removes the password from a text that might contain it (e.g. a driver's error message). */
    public String scrub(String text) {
        if (text == null || value.isEmpty()) {
            return text;
        }
        return text.replace(value, "****");
    }

    @Override
    public String toString() {
        return "****";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
