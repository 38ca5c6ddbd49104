package io.github.migrationguard.maven;

import io.github.migrationguard.engine.Glob;
import io.github.migrationguard.engine.PathPolicy;
import io.github.migrationguard.rules.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns {@code excludes} and {@code pathRules} (and their {@code -D} forms) into the engine's
 * {@link PathPolicy}. The inline form of path rules is {@code GLOB:RULE=SEVERITY}, comma-separated, e.g.
 * {@code -Dmigration-guard.pathRules=**}{@code /legacy/**:drop-column=info}.
 */
public final class PathPolicyMapper {

    private PathPolicyMapper() {
    }

    public static PathPolicy pathPolicy(List<String> excludes, List<PathRule> pathRules, String pathRulesInline)
            throws ConfigurationException {
        try {
            List<Glob> globs = new ArrayList<>();
            if (excludes != null) {
                for (String e : excludes) {
                    for (String part : e.split(",")) {
                        if (!part.isBlank()) {
                            globs.add(Glob.of(part));
                        }
                    }
                }
            }
            List<PathPolicy.PathRule> rules = new ArrayList<>();
            if (pathRules != null) {
                for (PathRule r : pathRules) {
                    rules.add(rule(r.getGlob(), r.getRule(), r.getSeverity()));
                }
            }
            if (pathRulesInline != null) {
                for (String entry : pathRulesInline.split(",")) {
                    if (!entry.isBlank()) {
                        rules.add(inline(entry.strip()));
                    }
                }
            }
            return new PathPolicy(globs, rules);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage());
        }
    }

    private static PathPolicy.PathRule inline(String entry) {
        int colon = entry.lastIndexOf(':');
        int eq = entry.indexOf('=', Math.max(colon, 0));
        if (colon <= 0 || eq < colon) {
            throw new IllegalArgumentException("Expected GLOB:RULE-ID=SEVERITY in migration-guard.pathRules, e.g. "
                    + "**/legacy/**:drop-column=info, but got '" + entry + "'");
        }
        return rule(entry.substring(0, colon), entry.substring(colon + 1, eq), entry.substring(eq + 1));
    }

    private static PathPolicy.PathRule rule(String glob, String rule, String severity) {
        if (glob == null || rule == null || severity == null) {
            throw new IllegalArgumentException("Every <pathRule> needs <glob>, <rule> and <severity>");
        }
        try {
            return new PathPolicy.PathRule(Glob.of(glob), rule.strip(), Severity.parse(severity));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Path rule " + glob + " / " + rule + ": " + e.getMessage());
        }
    }
}
