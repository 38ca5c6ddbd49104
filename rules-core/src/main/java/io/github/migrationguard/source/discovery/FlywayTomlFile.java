package io.github.migrationguard.source.discovery;

import io.github.migrationguard.Diagnostic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flyway's {@code flyway.toml}: settings under {@code [flyway]} (placeholders under {@code [flyway.placeholders]},
 * PostgreSQL's under {@code [flyway.postgresql]}), the connection under {@code [environments.<name>]} for the
 * environment {@code flyway.environment} names ({@code default} when it names none).
 */
public final class FlywayTomlFile {

    private static final String FLYWAY = "flyway.";
    private static final String ENVIRONMENTS = "environments.";

    private FlywayTomlFile() {
    }

    public static FlywayConfig parse(String origin, String text) {
        FlatToml.Result toml = FlatToml.parse(text);
        Map<String, String> values = new LinkedHashMap<>();
        String environment = toml.values().getOrDefault("flyway.environment", "default");
        String envPrefix = ENVIRONMENTS + environment + ".";
        toml.values().forEach((key, value) -> {
            if (key.startsWith(FLYWAY)) {
                values.put(key.substring(FLYWAY.length()), value);
            }
        });
        // The environment's connection settings are the more specific ones.
        toml.values().forEach((key, value) -> {
            if (key.startsWith(envPrefix)) {
                values.put(key.substring(envPrefix.length()), value);
            }
        });
        List<Diagnostic> problems = toml.problems().stream().map(p -> Diagnostic.ofFile(origin, p)).toList();
        return new FlywayConfig(origin, values, problems);
    }
}
