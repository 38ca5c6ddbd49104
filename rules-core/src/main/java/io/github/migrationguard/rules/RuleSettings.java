package io.github.migrationguard.rules;

import java.util.Set;

/**
 * Facts about the deployment that some rules need, from the plugin or CLI configuration.
 *
 * @param runnerSetsLockTimeout the runner sets {@code lock_timeout} for every migration (so {@code lock-timeout} is quiet)
 * @param flywayMixed           Flyway's {@code mixed} setting
 * @param tenantColumns         column names that mark a multi-tenant table
 */
public record RuleSettings(boolean runnerSetsLockTimeout, boolean flywayMixed, Set<String> tenantColumns) {

    public static final RuleSettings DEFAULTS = new RuleSettings(false, false, Set.of("tenant_id", "tenantid"));

    public RuleSettings {
        tenantColumns = Set.copyOf(tenantColumns);
    }
}
