package io.github.migrationguard.cli;

import io.github.migrationguard.engine.Glob;
import io.github.migrationguard.engine.PathPolicy;
import io.github.migrationguard.rules.Severity;

import java.util.ArrayList;
import java.util.List;

/** {@code --exclude GLOB} and {@code --path-rule GLOB:ID=SEVERITY} as the engine's {@link PathPolicy}. */
final class PathRuleOptions {

    private PathRuleOptions() {
    }

    /** @throws IllegalArgumentException with a message for the user */
    static PathPolicy policy(List<String> excludes, List<String> pathRules) {
        List<Glob> globs = excludes.stream().map(Glob::of).toList();
        List<PathPolicy.PathRule> rules = new ArrayList<>();
        for (String entry : pathRules) {
            int colon = entry.lastIndexOf(':');
            int eq = entry.indexOf('=', Math.max(colon, 0));
            if (colon <= 0 || eq < colon) {
                throw new IllegalArgumentException("Expected --path-rule GLOB:RULE-ID=SEVERITY, e.g. "
                        + "'**/legacy/**:drop-column=info', but got '" + entry + "'");
            }
            rules.add(new PathPolicy.PathRule(Glob.of(entry.substring(0, colon)), entry.substring(colon + 1, eq).strip(),
                    Severity.parse(entry.substring(eq + 1))));
        }
        return new PathPolicy(globs, rules);
    }
}
