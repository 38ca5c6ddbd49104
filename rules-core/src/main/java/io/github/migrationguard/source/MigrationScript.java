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
 * @param executeInTransaction the script's own setting ({@code <script>.conf} {@code executeInTransaction}),
 *                    empty when the runner decides by itself
 */
public record MigrationScript(String path, ScriptKind kind, Optional<MigrationVersion> version, String description,
                              String text, Optional<Boolean> executeInTransaction) {

    /** A plain script, as the CLI reads single files and tests build them. */
    public static MigrationScript plain(String path, String text) {
        return new MigrationScript(path, ScriptKind.PLAIN, Optional.empty(), path, text, Optional.empty());
    }
}
