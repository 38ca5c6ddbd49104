package io.github.migrationguard.sql;

import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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

    private static final Set<String> PARAMETER_MODES = Set.of("in", "out", "inout", "variadic");

    /**
     * The names of a routine's parameters ({@code CREATE FUNCTION f(p_id bigint, OUT total int)}), folded; in
     * its body they are values. A parameter written as a type alone has no name; for one of several words
     * ({@code double precision}) the first is taken for a name, which matches no column that matters.
     */
    static Set<String> parameterNames(SqlStatement statement) {
        List<Token> tokens = statement.tokens();
        int open = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol("(")) {
                open = i;
                break;
            }
        }
        Set<String> names = new LinkedHashSet<>();
        if (open < 0) {
            return names;
        }
        List<Token> parameter = new ArrayList<>();
        int depth = 0;
        for (int i = open + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(") || t.isSymbol("[")) {
                depth++;
            } else if ((t.isSymbol(")") || t.isSymbol("]")) && depth > 0) {
                depth--;
            } else if (depth == 0 && (t.isSymbol(",") || t.isSymbol(")"))) {
                parameterName(parameter).ifPresent(names::add);
                parameter.clear();
                if (t.isSymbol(")")) {
                    break;
                }
                continue;
            }
            parameter.add(t);
        }
        return names;
    }

    private static Optional<String> parameterName(List<Token> parameter) {
        int first = 0;
        while (first < parameter.size() && PARAMETER_MODES.contains(parameter.get(first).value())
                && parameter.get(first).type() == TokenType.WORD) {
            first++;
        }
        if (parameter.size() - first < 2 || !parameter.get(first).isIdentifier()
                || !parameter.get(first + 1).isIdentifier()) {
            return Optional.empty();
        }
        return Optional.of(parameter.get(first).value());
    }

    private static boolean isString(Token t) {
        return t != null && (t.type() == TokenType.DOLLAR_STRING || t.type() == TokenType.STRING);
    }
}
