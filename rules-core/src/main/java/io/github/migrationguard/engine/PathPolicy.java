package io.github.migrationguard.engine;

import io.github.migrationguard.rules.Severity;

import java.util.List;
import java.util.Optional;

/**
 * What an organisation decides per path, applied by the {@link Engine} in one place: files left out
 * of the lint altogether ({@code excludes}), and rule severities that differ for some paths
 * ({@code pathRules}, e.g. legacy migrations where {@code drop-column} is only informative).
 * Paths are the reported, '/'-separated paths (relative to the project root or working directory).
 *
 * @param excludes  files matching any of these are not linted
 * @param pathRules severity overrides per path; the last matching entry for a rule wins, and beats the
 *                  rule's global severity
 */
public record PathPolicy(List<Glob> excludes, List<PathRule> pathRules) {

    public static final PathPolicy NONE = new PathPolicy(List.of(), List.of());

    public PathPolicy {
        excludes = List.copyOf(excludes);
        pathRules = List.copyOf(pathRules);
    }

    /**
     * One {@code <pathRule>}: the severity of {@code ruleId} in files matching {@code glob}.
     * {@code ruleId} {@code "*"} means every rule.
     */
    public record PathRule(Glob glob, String ruleId, Severity severity) {

        public static final String ALL_RULES = "*";

        boolean appliesTo(String id, String file) {
            return (ruleId.equals(ALL_RULES) || ruleId.equals(id)) && glob.matches(file);
        }
    }

    public boolean excluded(String file) {
        for (Glob g : excludes) {
            if (g.matches(file)) {
                return true;
            }
        }
        return false;
    }

    /** The severity the path rules give {@code ruleId} in {@code file}; empty when none applies. */
    public Optional<Severity> severity(String ruleId, String file) {
        Severity found = null;
        for (PathRule r : pathRules) {
            if (r.appliesTo(ruleId, file)) {
                found = r.severity();
            }
        }
        return Optional.ofNullable(found);
    }

    /** True when some path turns {@code ruleId} on, so the rule must run even if it is off globally. */
    public boolean enablesSomewhere(String ruleId) {
        return pathRules.stream().anyMatch(r -> (r.ruleId().equals(PathRule.ALL_RULES) || r.ruleId().equals(ruleId))
                && r.severity() != Severity.OFF);
    }
}
