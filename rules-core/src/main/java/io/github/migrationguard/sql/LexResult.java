package io.github.migrationguard.sql;

import java.util.List;

/** The tokens of a text (comments included, whitespace not) and what could not be read. */
public record LexResult(List<Token> tokens, List<LexProblem> problems) {

    public LexResult {
        tokens = List.copyOf(tokens);
        problems = List.copyOf(problems);
    }
}
