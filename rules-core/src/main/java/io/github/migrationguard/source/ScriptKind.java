package io.github.migrationguard.source;

/** What kind of migration a script is, in its runner's terms. */
public enum ScriptKind {
    /** Flyway {@code V}: runs once, in version order. */
    VERSIONED,
    /** Flyway {@code R}: runs after the versioned ones whenever its checksum changes. */
    REPEATABLE,
    /** Flyway {@code U}: undo of a version (Teams edition). */
    UNDO,
    /** Flyway {@code B}: baseline migration. */
    BASELINE,
    /** A plain script with no runner semantics: order by file name. */
    PLAIN
}
