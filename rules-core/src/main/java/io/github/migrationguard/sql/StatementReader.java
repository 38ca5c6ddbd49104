package io.github.migrationguard.sql;

import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.Frontend;
import io.github.migrationguard.model.Nesting;
import io.github.migrationguard.model.Statement;

import java.util.ArrayList;
import java.util.List;

/** INTERIM placeholder until the frontend branch lands: every statement is unrecognized. */
public final class StatementReader {

    public record ReadResult(List<AnalyzedStatement> statements, List<LexProblem> problems) {
    }

    public static ReadResult read(String text) {
        List<AnalyzedStatement> out = new ArrayList<>();
        int line = 1;
        int start = 0;
        for (String piece : text.split(";")) {
            if (!piece.isBlank()) {
                SqlStatement s = new SqlStatement(piece.strip(), List.of(), List.of(),
                        new SourceRange(line, 1, line, 1), start, start + piece.length());
                out.add(new AnalyzedStatement(out.size(), s, new Statement.Unrecognized("interim"), Frontend.NONE,
                        Nesting.TOP, -1));
            }
            line += (int) piece.chars().filter(c -> c == '\n').count();
            start += piece.length() + 1;
        }
        return new ReadResult(out, List.of());
    }
}
