package io.github.migrationguard.maven;

import io.github.migrationguard.PgVersion;
import io.github.migrationguard.engine.DeploymentScope;
import io.github.migrationguard.engine.EngineConfig;
import io.github.migrationguard.engine.RuleRegistry;
import io.github.migrationguard.engine.SeverityOverrides;
import io.github.migrationguard.rules.RuleSettings;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.source.FlywaySettings;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the mojo's parameters into the engine's {@link FlywaySettings} and {@link EngineConfig},
 * keeping Flyway's defaults for whatever is not configured. Every mistake becomes a
 * {@link ConfigurationException} naming the parameter.
 */
public final class ConfigMapper {

    private ConfigMapper() {
    }

    public static FlywaySettings flywaySettings(FlywayParameters p) throws ConfigurationException {
        return flywaySettings(p, FlywaySettings.defaults());
    }

    /**
     * The mojo's Flyway parameters over {@code base} (Flyway's defaults, or the configuration discovered in the
     * project): a parameter that is set wins, placeholders merge by name.
     */
    public static FlywaySettings flywaySettings(FlywayParameters p, FlywaySettings base) throws ConfigurationException {
        try {
            Map<String, String> placeholders = new LinkedHashMap<>(base.placeholders());
            if (p.placeholders() != null) {
                placeholders.putAll(withoutNullValues(p.placeholders()));
            }
            return base
                    .withLocations(orDefault(p.locations(), base.locations()))
                    .withNaming(orDefault(p.sqlMigrationPrefix(), base.sqlMigrationPrefix()),
                            orDefault(p.repeatableSqlMigrationPrefix(), base.repeatableSqlMigrationPrefix()),
                            orDefault(p.sqlMigrationSeparator(), base.sqlMigrationSeparator()),
                            orDefault(p.sqlMigrationSuffixes(), base.sqlMigrationSuffixes()))
                    .withPlaceholders(placeholders,
                            orDefault(p.placeholderPrefix(), base.placeholderPrefix()),
                            orDefault(p.placeholderSuffix(), base.placeholderSuffix()))
                    .withPlaceholderReplacement(p.placeholderReplacement() == null
                            ? base.placeholderReplacement() : p.placeholderReplacement())
                    .withEncoding(p.encoding() == null ? base.encoding() : charset(p.encoding()))
                    .withMixed(p.mixed() == null ? base.mixed() : p.mixed());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("Invalid Flyway configuration: " + e.getMessage());
        }
    }

    public static EngineConfig engineConfig(LintParameters p, RuleRegistry registry) throws ConfigurationException {
        try {
            PgVersion version = p.pgVersion() == null ? PgVersion.DEFAULT : PgVersion.parse(p.pgVersion());
            Severity failOn = p.failOn() == null ? Severity.ERROR : Severity.parse(p.failOn());
            Map<String, String> entries = new LinkedHashMap<>();
            if (p.rules() != null) {
                entries.putAll(p.rules());
            }
            entries.putAll(SeverityOverrides.splitInline(p.rulesInline()));
            Map<String, Severity> severities = SeverityOverrides.parse(entries, registry);
            RuleSettings settings = new RuleSettings(p.runnerSetsLockTimeout(), p.mixed(),
                    RuleSettings.tenantColumns(p.tenantColumns()));
            return new EngineConfig(version, severities, failOn, settings);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage());
        }
    }

    /** The deployment scope for the {@code since} parameter (see {@link DeploymentScope#since}). */
    public static DeploymentScope scope(String since) throws ConfigurationException {
        try {
            return DeploymentScope.since(since);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("since: " + e.getMessage());
        }
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("unknown encoding '" + name + "'");
        }
    }

    /** Maven hands {@code <name/>} over as a null value; Flyway reads it as the empty string. */
    private static Map<String, String> withoutNullValues(Map<String, String> placeholders) {
        Map<String, String> out = new LinkedHashMap<>();
        placeholders.forEach((k, v) -> out.put(k, v == null ? "" : v));
        return out;
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static List<String> orDefault(List<String> value, List<String> fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }
}
