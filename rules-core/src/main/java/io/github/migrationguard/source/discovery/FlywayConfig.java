package io.github.migrationguard.source.discovery;

import io.github.migrationguard.Diagnostic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One source of Flyway configuration (a {@code flyway.conf}, a {@code flyway.toml}, Spring Boot's
 * {@code application.yml}, the {@code flyway-maven-plugin} configuration, …), as Flyway's own property names
 * without the {@code flyway.} prefix: {@code locations}, {@code placeholders.<name>}, {@code sqlMigrationSuffixes},
 * {@code postgresql.transactional.lock}, {@code url}, … Lists are comma-separated, as in {@code flyway.conf}.
 *
 * @param origin   where it came from, for the log ("flyway.conf", "src/main/resources/application.yml", …)
 * @param values   by property name, in the order read
 * @param problems what could not be read, each on its file
 */
public record FlywayConfig(String origin, Map<String, String> values, List<Diagnostic> problems) {

    public static final String PLACEHOLDERS = "placeholders.";
    public static final String TRANSACTIONAL_LOCK = "postgresql.transactional.lock";

    public FlywayConfig {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        problems = List.copyOf(problems);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** {@code a, b ,c} as a list, blanks dropped. */
    public static List<String> list(String value) {
        return java.util.Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
