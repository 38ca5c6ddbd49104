package io.github.migrationguard.model;

/** Which reader built a statement's model: counted in the summary and the benchmark. */
public enum Frontend {
    /** JSqlParser read the statement (or the clause a rule needed). */
    JSQLPARSER,
    /** Our token reader built it. */
    TOKENS,
    /** Nobody could: the model is {@link Statement.Unrecognized}. */
    NONE
}
