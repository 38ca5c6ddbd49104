package io.github.migrationguard.source.discovery;

import io.github.migrationguard.Diagnostic;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Flyway's classic {@code flyway.conf}: Java properties, every key under {@code flyway.}. */
public final class FlywayConfFile {

    private static final String PREFIX = "flyway.";

    private FlywayConfFile() {
    }

    public static FlywayConfig parse(String origin, String text) {
        Properties props = new Properties();
        try {
            props.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            return new FlywayConfig(origin, Map.of(), List.of(Diagnostic.ofFile(origin, "unreadable: " + e.getMessage())));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : props.stringPropertyNames().stream().sorted().toList()) {
            if (key.startsWith(PREFIX)) {
                values.put(key.substring(PREFIX.length()), props.getProperty(key).trim());
            }
        }
        return new FlywayConfig(origin, values, List.of());
    }
}
