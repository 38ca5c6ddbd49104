package io.github.migrationguard.pending;

import io.github.migrationguard.engine.DeploymentScope;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Chooses the pending set: {@code since} (the user said it) over the database's schema history (what is really
 * applied where the deploy goes) over the git base (what this branch adds) over nothing. A mode that fails stops
 * the run ({@link PendingFailure#FAIL}) or is skipped with a warning ({@link PendingFailure#LINT_ALL}).
 */
public final class PendingResolver {

    private PendingResolver() {
    }

    /**
     * @param since    the {@code since} version, or null/blank
     * @param database asks the schema history, or null when no database is configured
     * @param git      compares with the git base, or null when none is configured
     * @throws PendingException when a configured mode fails and {@code onFailure} is {@link PendingFailure#FAIL}
     * @throws IllegalArgumentException for a malformed {@code since}
     */
    public static PendingChoice choose(String since, Supplier<PendingLookup> database, Supplier<PendingLookup> git,
                                       PendingFailure onFailure) throws PendingException {
        if (since != null && !since.isBlank()) {
            return new PendingChoice(PendingMode.SINCE, DeploymentScope.since(since), "after version " + since.strip(),
                    List.of());
        }
        List<String> warnings = new ArrayList<>();
        PendingChoice found = ask(PendingMode.DATABASE, database, onFailure, warnings);
        if (found == null) {
            found = ask(PendingMode.GIT, git, onFailure, warnings);
        }
        return found != null ? found
                : new PendingChoice(PendingMode.NONE, DeploymentScope.SINGLE_MIGRATION, "", warnings);
    }

    private static PendingChoice ask(PendingMode mode, Supplier<PendingLookup> lookup, PendingFailure onFailure,
                                     List<String> warnings) throws PendingException {
        if (lookup == null) {
            return null;
        }
        PendingLookup answer = lookup.get();
        if (answer instanceof PendingLookup.Found f) {
            return new PendingChoice(mode, new DeploymentScope.Paths(f.paths()), f.source(), warnings);
        }
        String message = ((PendingLookup.Failed) answer).message();
        if (onFailure == PendingFailure.FAIL) {
            throw new PendingException(message + " (pendingFailure=fail)");
        }
        warnings.add(message + " (pendingFailure=lint-all: going on without the " + mode.label() + ")");
        return null;
    }
}
