package io.github.migrationguard.rules;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Facts about the deployment that some rules need, from the plugin or CLI configuration.
 *
 * @param runnerSetsLockTimeout    the runner sets {@code lock_timeout} for every migration (so {@code lock-timeout} is quiet)
 * @param flywayMixed              Flyway's {@code mixed} setting
 * @param tenantColumns            column names that mark a multi-tenant table
 * @param flywayTransactionalLock  Flyway's {@code postgresql.transactional.lock} (its default: true)
 * @param modifiedMigrations       migrations that existed at the git base and changed since: path (as reported) →
 *                                 the ref they were compared with ({@code modified-applied-migration})
 * @param flywayExecuteInTransaction Flyway's global {@code executeInTransaction} (its default: true)
 */
public record RuleSettings(boolean runnerSetsLockTimeout, boolean flywayMixed, Set<String> tenantColumns,
                           boolean flywayTransactionalLock, Map<String, String> modifiedMigrations,
                           boolean flywayExecuteInTransaction) {

    public static final RuleSettings DEFAULTS = new RuleSettings(false, false, Set.of("tenant_id", "tenantid"));

    public RuleSettings {
        tenantColumns = Set.copyOf(tenantColumns);
        modifiedMigrations = Map.copyOf(modifiedMigrations);
    }

    /** The configured tenant column names folded as PostgreSQL folds unquoted names; none configured: the defaults. */
    public static Set<String> tenantColumns(Collection<String> configured) {
        if (configured == null || configured.stream().allMatch(String::isBlank)) {
            return DEFAULTS.tenantColumns();
        }
        return configured.stream().filter(c -> !c.isBlank()).map(c -> c.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Flyway's default transactional lock, no git comparison. */
    public RuleSettings(boolean runnerSetsLockTimeout, boolean flywayMixed, Set<String> tenantColumns) {
        this(runnerSetsLockTimeout, flywayMixed, tenantColumns, true, Map.of(), true);
    }

    public RuleSettings withFlywayTransactionalLock(boolean value) {
        return new RuleSettings(runnerSetsLockTimeout, flywayMixed, tenantColumns, value, modifiedMigrations,
                flywayExecuteInTransaction);
    }

    public RuleSettings withModifiedMigrations(Map<String, String> value) {
        return new RuleSettings(runnerSetsLockTimeout, flywayMixed, tenantColumns, flywayTransactionalLock, value,
                flywayExecuteInTransaction);
    }
}
