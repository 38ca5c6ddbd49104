package io.github.migrationguard.source;

import io.github.migrationguard.Diagnostic;

import java.util.List;

/**
 * The scripts found for one run, in execution order, with what went wrong finding and reading them.
 *
 * @param scripts                in the order the runner applies them (Flyway: versions, then repeatables by description)
 * @param diagnostics            problems with the input: malformed names, duplicates, unreadable or binary files, templates
 * @param unresolvedPlaceholders placeholders with no value, left as written in the scripts' text
 */
public record SourceSet(List<MigrationScript> scripts, List<Diagnostic> diagnostics,
                        List<UnresolvedPlaceholder> unresolvedPlaceholders) {

    public SourceSet {
        scripts = List.copyOf(scripts);
        diagnostics = List.copyOf(diagnostics);
        unresolvedPlaceholders = List.copyOf(unresolvedPlaceholders);
    }
}
