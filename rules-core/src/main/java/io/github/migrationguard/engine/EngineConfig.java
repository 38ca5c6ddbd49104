package io.github.migrationguard.engine;

import io.github.migrationguard.PgVersion;
import io.github.migrationguard.rules.RuleSettings;
import io.github.migrationguard.rules.Severity;

import java.util.Map;

/**
 * How to lint: the target version, severity per rule, the failure threshold and deployment facts.
 *
 * @param severities severity per rule id, overriding the rule's default ({@code OFF} turns it off)
 * @param failOn     findings at or above this severity fail the build ({@code OFF}: never)
 */
public record EngineConfig(PgVersion pgVersion, Map<String, Severity> severities, Severity failOn,
                           RuleSettings settings) {

    public EngineConfig {
        severities = Map.copyOf(severities);
    }

    public static EngineConfig defaults() {
        return new EngineConfig(PgVersion.DEFAULT, Map.of(), Severity.ERROR, RuleSettings.DEFAULTS);
    }

    public EngineConfig withPgVersion(PgVersion version) {
        return new EngineConfig(version, severities, failOn, settings);
    }

    public EngineConfig withSeverities(Map<String, Severity> severities) {
        return new EngineConfig(pgVersion, severities, failOn, settings);
    }

    public EngineConfig withFailOn(Severity failOn) {
        return new EngineConfig(pgVersion, severities, failOn, settings);
    }

    public EngineConfig withSettings(RuleSettings settings) {
        return new EngineConfig(pgVersion, severities, failOn, settings);
    }
}
