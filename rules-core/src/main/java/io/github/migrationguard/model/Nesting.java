package io.github.migrationguard.model;

/** Where a statement stands in its script. */
public enum Nesting {
    /** A statement of the script itself. */
    TOP,
    /** Inside a {@code DO} block: runs when the script runs, analysed by every rule. */
    DO_BLOCK,
    /** Inside a function or procedure body: runs when called, analysed by data-change rules only. */
    ROUTINE_BODY,
    /**
     * A data-modifying query in the {@code WITH} clause of a top-level statement
     * ({@code WITH moved AS (DELETE … RETURNING *) INSERT …}): runs with it, analysed by every rule.
     */
    WITH_QUERY
}
