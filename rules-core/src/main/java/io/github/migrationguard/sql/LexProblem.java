package io.github.migrationguard.sql;

/** INTERIM placeholder until the sql branch lands. */
public record LexProblem(String message, SourceRange range) {
}
