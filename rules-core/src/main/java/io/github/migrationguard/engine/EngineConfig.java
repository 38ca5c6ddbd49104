package io.github.migrationguard.engine;

import io.github.migrationguard.PgVersion;
import io.github.migrationguard.rules.RuleSettings;
import io.github.migrationguard.rules.Severity;

import java.util.Map;
import java.util.Objects;

/**
 * How to lint: the target version, severity per rule, the failure threshold and deployment facts.
 *
 * @param severities severity per rule id, overriding the rule's default ({@code OFF} turns it off)
 * @param failOn     findings at or above this severity fail the build ({@code OFF}: never)
 * @param scope      which scripts are pending: linted, and new objects among them; the others are only replayed
 */
public record EngineConfig(PgVersion pgVersion, Map<String, Severity> severities, Severity failOn,
                           RuleSettings settings, DeploymentScope scope) {

    public EngineConfig {
        severities = Map.copyOf(severities);
        Objects.requireNonNull(scope, "scope");
    }

    /** A configuration with no pending information: each migration is its own deployment scope. */
    public EngineConfig(PgVersion pgVersion, Map<String, Severity> severities, Severity failOn, RuleSettings settings) {
        this(pgVersion, severities, failOn, settings, DeploymentScope.SINGLE_MIGRATION);
    }

    public static EngineConfig defaults() {
        return new EngineConfig(PgVersion.DEFAULT, Map.of(), Severity.ERROR, RuleSettings.DEFAULTS);
    }

    public EngineConfig withPgVersion(PgVersion version) {
        return new EngineConfig(version, severities, failOn, settings, scope);
    }

    public EngineConfig withSeverities(Map<String, Severity> severities) {
        return new EngineConfig(pgVersion, severities, failOn, settings, scope);
    }

    public EngineConfig withFailOn(Severity failOn) {
        return new EngineConfig(pgVersion, severities, failOn, settings, scope);
    }

    public EngineConfig withSettings(RuleSettings settings) {
        return new EngineConfig(pgVersion, severities, failOn, settings, scope);
    }

    public EngineConfig withScope(DeploymentScope scope) {
        return new EngineConfig(pgVersion, severities, failOn, settings, scope);
    }
}
