package io.github.migrationguard.pending;

import java.util.Set;

/** The answer of one way of finding the pending set: the pending scripts, or why they could not be found. */
public sealed interface PendingLookup {

    /**
     * @param paths  the pending scripts, by their reported path
     * @param source what was asked, for the log (never a password), e.g. "jdbc:postgresql://db/shop, flyway_schema_history"
     */
    record Found(Set<String> paths, String source) implements PendingLookup {
        public Found {
            paths = Set.copyOf(paths);
        }
    }

    /** @param message one line, saying what to do about it (never a password) */
    record Failed(String message) implements PendingLookup {
    }
}
