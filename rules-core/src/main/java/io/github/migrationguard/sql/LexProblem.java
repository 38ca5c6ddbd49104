package io.github.migrationguard.sql;

/**
 * Something the lexer or splitter could not read cleanly. Never thrown: callers turn it into a diagnostic.
 *
 * @param message what is wrong, naming the construct and where it starts
 * @param range   where in the file
 */
public record LexProblem(String message, SourceRange range) {
}
