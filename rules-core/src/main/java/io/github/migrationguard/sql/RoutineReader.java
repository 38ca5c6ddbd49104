package io.github.migrationguard.sql;

import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code DO [LANGUAGE l] 'code'} and {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE}. The body's
 * statements are read separately (see {@link StatementReader}); here {@link Statement.Body#EMPTY}
 * stands for them until then.
 */
final class RoutineReader {

    private RoutineReader() {
    }

    /** The cursor stands after {@code DO}. */
    static Statement doBlock(TokenCursor c) {
        String language = "plpgsql";
        boolean code = false;
        while (!c.atEnd()) {
            if (c.accept("language")) {
                language = c.identifier().toLowerCase(Locale.ROOT);
            } else if (isString(c.peek()) && !code) {
                c.next();
                code = true;
            } else {
                throw c.failure("DO block not understood");
            }
        }
        if (!code) {
            throw c.failure("DO without a body");
        }
        return new Statement.DoBlock(language, Statement.Body.EMPTY);
    }

    /** The cursor stands after {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE}. */
    static Statement routine(TokenCursor c, boolean procedure) {
        QualifiedName name = c.qualifiedName();
        if (!c.isSymbol("(")) {
            throw c.failure("expected the argument list");
        }
        c.skipItem();
        String language = null;
        String volatility = "volatile";
        boolean sqlBody = false;
        while (!c.atEnd()) {
            if (c.accept("language")) {
                language = c.identifier().toLowerCase(Locale.ROOT);
            } else if (c.is("immutable") || c.is("stable") || c.is("volatile")) {
                volatility = c.next().value();
            } else if (c.is("begin", "atomic") || c.is("return")) {
                sqlBody = true;
                c.skipToEnd();
            } else {
                c.skipItem();
            }
        }
        if (language == null || sqlBody) {
            // Only a SQL-standard body (BEGIN ATOMIC, RETURN) may omit LANGUAGE; it is SQL.
            language = "sql";
        }
        return new Statement.CreateRoutine(name, procedure, language, Statement.Body.EMPTY, volatility);
    }

    /**
     * The string holding the code of a DO block or routine ({@code AS $$…$$}), if the statement has one.
     * For C functions ({@code AS 'file', 'symbol'}) it is the first string, which no body reader can use.
     */
    static Optional<Token> codeToken(SqlStatement statement) {
        List<Token> tokens = statement.tokens();
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        boolean isDo = tokens.get(0).is("do");
        int depth = 0;
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            } else if (depth == 0 && isString(t) && (isDo || tokens.get(i - 1).is("as"))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static boolean isString(Token t) {
        return t != null && (t.type() == TokenType.DOLLAR_STRING || t.type() == TokenType.STRING);
    }
}
