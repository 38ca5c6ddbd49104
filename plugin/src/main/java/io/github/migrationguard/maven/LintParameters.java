package io.github.migrationguard.maven;

import java.util.List;
import java.util.Map;

/**
 * The mojo's lint parameters as Maven hands them over; {@code null} means not configured.
 *
 * @param rules       {@code <rules><lock-timeout>off</lock-timeout></rules>}
 * @param rulesInline {@code -Dmigration-guard.rules=lock-timeout=off,drop-column=info}; wins over {@code rules}
 *                    for the same id
 */
public record LintParameters(String pgVersion, String failOn, Map<String, String> rules, String rulesInline,
                             boolean runnerSetsLockTimeout, boolean mixed, List<String> tenantColumns) {

    /** Without tenant columns: the defaults. */
    public LintParameters(String pgVersion, String failOn, Map<String, String> rules, String rulesInline,
                          boolean runnerSetsLockTimeout, boolean mixed) {
        this(pgVersion, failOn, rules, rulesInline, runnerSetsLockTimeout, mixed, List.of());
    }
}
