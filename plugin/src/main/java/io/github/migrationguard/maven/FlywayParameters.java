package io.github.migrationguard.maven;

import java.util.List;
import java.util.Map;

/**
 * The mojo's Flyway parameters as Maven hands them over. A {@code null} (or empty list) means the
 * user configured nothing, so Flyway's default applies.
 */
public record FlywayParameters(List<String> locations,
                               String sqlMigrationPrefix,
                               String repeatableSqlMigrationPrefix,
                               String sqlMigrationSeparator,
                               List<String> sqlMigrationSuffixes,
                               Map<String, String> placeholders,
                               String placeholderPrefix,
                               String placeholderSuffix,
                               Boolean placeholderReplacement,
                               String encoding,
                               Boolean mixed) {

    /** Nothing configured: Flyway's defaults throughout. */
    public static FlywayParameters none() {
        return new FlywayParameters(null, null, null, null, null, null, null, null, null, null, null);
    }
}
