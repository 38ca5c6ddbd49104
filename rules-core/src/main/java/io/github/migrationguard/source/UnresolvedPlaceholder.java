package io.github.migrationguard.source;

/**
 * A {@code ${name}} with no configured value and not one of Flyway's built-ins: Flyway fails on it at
 * deploy ({@code flyway-unknown-placeholder}). The text is left as written.
 *
 * @param file   the script's path as reported
 * @param line   1-based line of the placeholder's prefix in the script text
 * @param column 1-based column of the prefix
 * @param name   the name between prefix and suffix; for a prefix never closed, the rest of its line
 */
public record UnresolvedPlaceholder(String file, int line, int column, String name) {
}
