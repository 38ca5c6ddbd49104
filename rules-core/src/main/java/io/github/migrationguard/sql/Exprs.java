package io.github.migrationguard.sql;

import io.github.migrationguard.model.Expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads an expression from tokens and records the facts rules ask of it: which functions it
 * calls, whether it is a constant. Iterative throughout, so deeply nested input cannot overflow
 * the stack.
 */
final class Exprs {

    /** SQL keywords that PostgreSQL evaluates like function calls although written without parentheses. */
    private static final Set<String> KEYWORD_FUNCTIONS = Set.of(
            "current_timestamp", "current_date", "current_time", "localtimestamp", "localtime",
            "current_user", "session_user", "user", "current_role", "current_schema", "current_catalog",
            "system_user");

    /** Words that may stand before a parenthesis without being a function call. */
    private static final Set<String> NOT_FUNCTIONS = Set.of(
            "and", "or", "not", "in", "is", "as", "any", "all", "some", "exists", "array", "row", "values",
            "select", "from", "where", "case", "when", "then", "else", "end", "between", "like", "ilike",
            "similar", "cast", "check", "default", "using", "on", "distinct", "with", "over", "filter",
            "within", "by", "lateral", "join", "union", "except", "intersect", "returning", "set", "to",
            "nulls", "only", "into", "escape", "collate", "key", "primary", "unique", "references",
            "foreign", "include", "partition", "order", "group", "having", "limit", "offset", "window");

    private Exprs() {
    }

    /**
     * Reads an expression up to a top-level comma, an unmatched {@code )}, the end of the statement,
     * or (after its first token) one of {@code stopWords}.
     */
    static Expr read(TokenCursor c, Set<String> stopWords) {
        int start = c.position();
        if (c.atEnd() || c.isSymbol(",") || c.isSymbol(")")) {
            throw c.failure("expected an expression");
        }
        c.skipItem();
        while (!c.atEnd() && !c.isSymbol(",") && !c.isSymbol(")") && !isStopWord(c.peek(), stopWords)) {
            c.skipItem();
        }
        return of(c, start, c.position());
    }

    /** Reads a parenthesised expression {@code ( … )} and returns what is inside. */
    static Expr readParenthesised(TokenCursor c) {
        if (!c.isSymbol("(")) {
            throw c.failure("expected '('");
        }
        int start = c.position();
        c.skipItem();
        return of(c, start + 1, c.position() - 1);
    }

    private static boolean isStopWord(Token t, Set<String> stopWords) {
        return t.type() == TokenType.WORD && stopWords.contains(t.value());
    }

    /** The expression made of tokens {@code from} to {@code to} (exclusive) of the cursor's statement. */
    static Expr of(TokenCursor c, int from, int to) {
        List<Token> tokens = c.statement().tokens().subList(from, to);
        String text = c.text(from, to);
        return of(tokens, text);
    }

    static Expr of(List<Token> tokens, String text) {
        List<Token> core = stripParentheses(tokens);
        Literal literal = literal(core);
        return new Expr(text, functions(tokens), literal != Literal.NONE, literal == Literal.NULL);
    }

    /** Names of the functions called, lower case, schema-qualified when written so. */
    static List<String> functions(List<Token> tokens) {
        List<String> functions = new ArrayList<>(2);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isIdentifier() || afterDot(tokens, i)) {
                continue;
            }
            int end = i;
            StringBuilder name = new StringBuilder(t.value());
            while (end + 2 < tokens.size() && tokens.get(end + 1).isSymbol(".") && tokens.get(end + 2).isIdentifier()) {
                end += 2;
                name.append('.').append(tokens.get(end).value());
            }
            boolean call = end + 1 < tokens.size() && tokens.get(end + 1).isSymbol("(");
            if (call && !isCastTarget(tokens, i) && !(end == i && t.type() == TokenType.WORD
                    && NOT_FUNCTIONS.contains(t.value()))) {
                functions.add(name.toString());
            } else if (end == i && t.type() == TokenType.WORD && KEYWORD_FUNCTIONS.contains(t.value())) {
                functions.add(t.value());
            }
            i = end;
        }
        return functions;
    }

    private static boolean afterDot(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).isSymbol(".");
    }

    /** {@code x::varchar(10)} and {@code CAST(x AS numeric(10, 2))} name types, not functions. */
    private static boolean isCastTarget(List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        Token before = tokens.get(i - 1);
        return before.isSymbol("::") || before.is("as");
    }

    /** The tokens inside any parentheses that enclose the whole list. */
    static List<Token> stripParentheses(List<Token> tokens) {
        int n = tokens.size();
        int leading = 0;
        while (leading < n && tokens.get(leading).isSymbol("(")) {
            leading++;
        }
        int trailing = 0;
        while (trailing < n - leading && tokens.get(n - 1 - trailing).isSymbol(")")) {
            trailing++;
        }
        int layers = Math.min(leading, trailing);
        if (layers == 0) {
            return tokens;
        }
        // The enclosing layers are those the depth never falls below between the leading opens
        // and the trailing closes.
        int depth = 0;
        int lowest = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(") || t.isSymbol("[")) {
                depth++;
            } else if (t.isSymbol(")") || t.isSymbol("]")) {
                depth--;
            }
            if (i >= leading - 1 && i < n - trailing - 1) {
                lowest = Math.min(lowest, depth);
            }
        }
        if (depth != 0) {
            return tokens;
        }
        layers = Math.min(layers, lowest);
        return layers <= 0 ? tokens : tokens.subList(layers, n - layers);
    }

    private enum Literal { NONE, VALUE, NULL }

    /**
     * Whether the tokens are one literal, possibly signed, typed ({@code DATE '2020-01-01'}) or cast
     * ({@code 'x'::text}, {@code CAST(0 AS bigint)}).
     */
    private static Literal literal(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return Literal.NONE;
        }
        if (tokens.get(0).is("cast") && tokens.size() > 3 && tokens.get(1).isSymbol("(")
                && tokens.get(tokens.size() - 1).isSymbol(")")) {
            int as = indexOfTopLevelAs(tokens);
            return as < 0 ? Literal.NONE : literal(stripParentheses(tokens.subList(2, as)));
        }
        int i = 0;
        Token first = tokens.get(0);
        if ((first.isSymbol("-") || first.isSymbol("+")) && tokens.size() > 1
                && tokens.get(1).type() == TokenType.NUMBER) {
            i = 1;
        }
        Token t = tokens.get(i);
        Literal kind;
        if (t.type() == TokenType.NUMBER || t.type() == TokenType.STRING || t.type() == TokenType.DOLLAR_STRING) {
            kind = Literal.VALUE;
        } else if (t.is("true") || t.is("false")) {
            kind = Literal.VALUE;
        } else if (t.is("null")) {
            kind = Literal.NULL;
        } else {
            // A typed literal: type words followed by a string, e.g. INTERVAL '1 day'.
            while (i < tokens.size() && tokens.get(i).type() == TokenType.WORD) {
                i++;
            }
            if (i == 0 || i >= tokens.size() || tokens.get(i).type() != TokenType.STRING) {
                return Literal.NONE;
            }
            kind = Literal.VALUE;
        }
        return onlyCastsFrom(tokens, i + 1) ? kind : Literal.NONE;
    }

    private static int indexOfTopLevelAs(List<Token> tokens) {
        int depth = 0;
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            } else if (depth == 1 && t.is("as")) {
                return i;
            }
        }
        return -1;
    }

    /** True when the tokens from {@code i} are only {@code ::type} casts. */
    private static boolean onlyCastsFrom(List<Token> tokens, int i) {
        while (i < tokens.size()) {
            if (!tokens.get(i).isSymbol("::")) {
                return false;
            }
            i++;
            if (i >= tokens.size() || !tokens.get(i).isIdentifier()) {
                return false;
            }
            while (i < tokens.size() && !tokens.get(i).isSymbol("::")) {
                Token t = tokens.get(i);
                boolean typePart = t.isIdentifier() || t.isSymbol(".") || t.isSymbol("(") || t.isSymbol(")")
                        || t.isSymbol("[") || t.isSymbol("]") || t.isSymbol(",") || t.type() == TokenType.NUMBER;
                if (!typePart) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }
}
