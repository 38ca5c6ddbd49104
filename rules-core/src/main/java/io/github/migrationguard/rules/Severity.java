package io.github.migrationguard.rules;

import java.util.Locale;

/** How much a finding matters. {@code OFF} only appears in configuration: it turns a rule off. */
public enum Severity {
    OFF, INFO, WARNING, ERROR;

    /** True when a finding of this severity makes the build fail at threshold {@code failOn}. */
    public boolean atLeast(Severity failOn) {
        return failOn != OFF && this != OFF && compareTo(failOn) >= 0;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code error}, {@code warning} (or {@code warn}), {@code info}, {@code off}; case-insensitive. */
    public static Severity parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "error" -> ERROR;
            case "warning", "warn" -> WARNING;
            case "info" -> INFO;
            case "off", "none" -> OFF;
            default -> throw new IllegalArgumentException(
                    "Unknown severity '" + text + "': use error, warning, info or off");
        };
    }
}
