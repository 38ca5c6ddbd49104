package io.github.migrationguard.sql;

import java.util.List;

/**
 * A script cut into statements.
 *
 * @param statements       the non-empty statements in source order
 * @param problems         what the lexer could not read (unterminated quotes, stray bytes, COPY data without end)
 * @param trailingComments comments after the last statement, which belong to no statement
 */
public record SplitResult(List<SqlStatement> statements, List<LexProblem> problems, List<Token> trailingComments) {

    public SplitResult {
        statements = List.copyOf(statements);
        problems = List.copyOf(problems);
        trailingComments = List.copyOf(trailingComments);
    }
}
