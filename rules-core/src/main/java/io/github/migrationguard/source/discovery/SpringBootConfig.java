package io.github.migrationguard.source.discovery;

import io.github.migrationguard.Diagnostic;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Spring Boot's Flyway settings ({@code spring.flyway.*}) from {@code application.properties} or
 * {@code application.yml}, as Spring binds them: kebab-case names ({@code sql-migration-prefix}),
 * {@code spring.datasource.*} as the connection when {@code spring.flyway.url}/{@code user}/{@code password} are
 * not set, {@code {vendor}} in locations as {@code postgresql}. YAML documents for a profile
 * ({@code spring.config.activate.on-profile}) are left out: the default profile is what a plain start uses.
 * Values that are Spring property references ({@code ${DB_URL}}) are resolved only at run time, so they are
 * reported and not used.
 */
public final class SpringBootConfig {

    private static final String FLYWAY = "spring.flyway.";
    private static final String DATASOURCE = "spring.datasource.";
    private static final List<String> PROFILE_KEYS = List.of("spring.config.activate.on-profile", "spring.profiles");

    private SpringBootConfig() {
    }

    public static FlywayConfig fromProperties(String origin, String text) {
        Properties props = new Properties();
        try {
            props.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            return new FlywayConfig(origin, Map.of(), List.of(Diagnostic.ofFile(origin, "unreadable: " + e.getMessage())));
        }
        Map<String, String> flat = new LinkedHashMap<>();
        props.stringPropertyNames().stream().sorted().forEach(k -> flat.put(k, props.getProperty(k).trim()));
        return map(origin, flat);
    }

    public static FlywayConfig fromYaml(String origin, String text) {
        Map<String, String> flat = new LinkedHashMap<>();
        for (Map<String, String> document : FlatYaml.parse(text)) {
            if (PROFILE_KEYS.stream().noneMatch(document::containsKey)) {
                flat.putAll(document);
            }
        }
        return map(origin, flat);
    }

    private static FlywayConfig map(String origin, Map<String, String> flat) {
        Map<String, String> values = new LinkedHashMap<>();
        List<Diagnostic> problems = new ArrayList<>();
        Map<String, String> datasource = new LinkedHashMap<>();
        flat.forEach((key, value) -> {
            if (key.startsWith(FLYWAY)) {
                values.put(flywayName(key.substring(FLYWAY.length())), value);
            } else if (key.startsWith(DATASOURCE)) {
                datasource.put(key.substring(DATASOURCE.length()), value);
            }
        });
        if (!values.containsKey("url") && datasource.containsKey("url")) {
            values.put("url", datasource.get("url"));
            putIfPresent(values, "user", datasource.get("username"));
            putIfPresent(values, "password", datasource.get("password"));
        }
        values.computeIfPresent("locations", (k, v) -> v.replace("{vendor}", "postgresql"));
        for (String key : List.of("url", "user", "password")) {
            String value = values.get(key);
            if (value != null && value.contains("${")) {
                values.remove(key);
                problems.add(Diagnostic.ofFile(origin, "spring.flyway " + key + " is a property reference that Spring"
                        + " resolves at run time: give it to Migration Guard directly to use it"));
            }
        }
        return new FlywayConfig(origin, values, problems);
    }

    private static void putIfPresent(Map<String, String> values, String key, String value) {
        if (value != null) {
            values.put(key, value);
        }
    }

    /** {@code sql-migration-prefix} → {@code sqlMigrationPrefix}; placeholder names are kept as written. */
    static String flywayName(String springName) {
        if (springName.startsWith(FlywayConfig.PLACEHOLDERS)) {
            return springName;
        }
        String name = springName.toLowerCase(Locale.ROOT).replace("_", "-");
        if (name.equals("postgresql.transactional-lock")) {
            return FlywayConfig.TRANSACTIONAL_LOCK;
        }
        if (!springName.contains("-") && !springName.contains("_")) {
            return springName; // already camelCase (relaxed binding accepts it)
        }
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
