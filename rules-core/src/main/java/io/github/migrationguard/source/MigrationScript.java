package io.github.migrationguard.source;

import java.util.Optional;

/**
 * One migration script, read and ready to lint.
 *
 * @param path        the path as reported in findings (relative to the project root or working directory, '/'-separated)
 * @param kind        versioned, repeatable, …
 * @param version     the version, for versioned (and undo/baseline) scripts
 * @param description Flyway's description (the part after the separator, underscores as spaces)
 * @param text        the script text after decoding and placeholder replacement, line endings kept
 * @param executeInTransaction the script's own setting ({@code <script>.conf} {@code executeInTransaction},
 *                    diesel's {@code run_in_transaction}, Liquibase's {@code runInTransaction}),
 *                    empty when the runner decides by itself
 * @param runner      the tool that applies it at deploy
 * @param oneQuery    the runner sends the whole script to PostgreSQL as one query string (simple-query protocol):
 *                    PostgreSQL then runs a script of several statements in one implicit transaction
 */
public record MigrationScript(String path, ScriptKind kind, Optional<MigrationVersion> version, String description,
                              String text, Optional<Boolean> executeInTransaction, Runner runner, boolean oneQuery) {

    /** A Flyway migration, or a plain script when {@code kind} is {@link ScriptKind#PLAIN}. */
    public MigrationScript(String path, ScriptKind kind, Optional<MigrationVersion> version, String description,
                           String text, Optional<Boolean> executeInTransaction) {
        this(path, kind, version, description, text, executeInTransaction,
                kind == ScriptKind.PLAIN ? Runner.PLAIN : Runner.FLYWAY, false);
    }

    /** A plain script, as the CLI reads single files and tests build them. */
    public static MigrationScript plain(String path, String text) {
        return new MigrationScript(path, ScriptKind.PLAIN, Optional.empty(), path, text, Optional.empty());
    }
}
