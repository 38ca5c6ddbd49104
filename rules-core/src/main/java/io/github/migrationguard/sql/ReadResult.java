package io.github.migrationguard.sql;

import io.github.migrationguard.model.AnalyzedStatement;

import java.util.List;

/**
 * A script read into statements.
 *
 * @param statements every statement with its model, statements of DO blocks and routine bodies right after
 *                   their block
 * @param problems   what the lexer could not read (unterminated quotes, stray bytes), in the file's coordinates
 * @param trailingComments comments after the last statement (all of them in a file without statements)
 */
public record ReadResult(List<AnalyzedStatement> statements, List<LexProblem> problems, List<Token> trailingComments) {

    public ReadResult {
        statements = List.copyOf(statements);
        problems = List.copyOf(problems);
        trailingComments = List.copyOf(trailingComments);
    }
}
