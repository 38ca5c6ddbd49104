package io.github.migrationguard.source;

import java.util.Optional;

/** What a file name says about a file, in Flyway's terms (see {@link FlywayNaming}). */
public sealed interface ScriptName {

    /** A migration Flyway runs. */
    record Migration(ScriptKind kind, Optional<MigrationVersion> version, String description) implements ScriptName {
    }

    /**
     * Looks like a migration but Flyway does not run it (it skips it with a log line, or fails when
     * {@code validateMigrationNaming=true}); {@code reason} says what is wrong.
     */
    record Malformed(String reason) implements ScriptName {
    }

    /** Not a migration: another suffix, a callback ({@code afterMigrate.sql}) or an unrelated file. */
    record NotMigration() implements ScriptName {
    }
}
