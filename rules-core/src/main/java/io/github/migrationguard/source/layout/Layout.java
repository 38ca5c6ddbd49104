package io.github.migrationguard.source.layout;

import io.github.migrationguard.source.Runner;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a folder of migrations is laid out, which names the runner that applies them. */
public enum Layout {
    FLYWAY("flyway", Runner.FLYWAY),
    PRISMA("prisma", Runner.PRISMA),
    GOLANG_MIGRATE("golang-migrate", Runner.GOLANG_MIGRATE),
    DIESEL("diesel", Runner.DIESEL),
    LIQUIBASE("liquibase", Runner.LIQUIBASE),
    PLAIN("plain", Runner.PLAIN);

    /** What users write for "detect it" ({@code --layout auto}, {@code <layout>auto</layout>}). */
    public static final String AUTO = "auto";

    private final String id;
    private final Runner runner;

    Layout(String id, Runner runner) {
        this.id = id;
        this.runner = runner;
    }

    public String id() {
        return id;
    }

    public Runner runner() {
        return runner;
    }

    /**
     * @return the layout, or null for {@code auto} (or nothing given)
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Layout parseOrAuto(String value) {
        if (value == null || value.isBlank() || value.trim().equalsIgnoreCase(AUTO)) {
            return null;
        }
        String v = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Layout layout : values()) {
            if (layout.id.equals(v)) {
                return layout;
            }
        }
        throw new IllegalArgumentException("Unknown layout '" + value + "': use " + AUTO + ", "
                + Arrays.stream(values()).map(Layout::id).collect(Collectors.joining(", ")));
    }
}
