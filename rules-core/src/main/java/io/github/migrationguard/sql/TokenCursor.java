package io.github.migrationguard.sql;

import io.github.migrationguard.model.QualifiedName;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks the tokens of one statement for the token frontend. Lookahead never fails; the
 * {@code expect…} methods throw {@link ReadFailure} with a message naming the offending token and
 * its place in the file.
 */
final class TokenCursor {

    private final SqlStatement statement;
    private final List<Token> tokens;
    private int pos;

    TokenCursor(SqlStatement statement) {
        this.statement = statement;
        this.tokens = statement.tokens();
    }

    SqlStatement statement() {
        return statement;
    }

    int position() {
        return pos;
    }

    void reset(int position) {
        pos = position;
    }

    boolean atEnd() {
        return pos >= tokens.size();
    }

    /** The current token, or {@code null} at the end. */
    Token peek() {
        return peek(0);
    }

    /** The token {@code ahead} places after the current one, or {@code null} past the end. */
    Token peek(int ahead) {
        int at = pos + ahead;
        return at < tokens.size() ? tokens.get(at) : null;
    }

    Token next() {
        if (atEnd()) {
            throw new ReadFailure(context() + ": unexpected end of statement");
        }
        return tokens.get(pos++);
    }

    /** The tokens from {@code from} (inclusive) to the current position (exclusive). */
    List<Token> tokensFrom(int from) {
        return tokens.subList(from, pos);
    }

    /** True when the next tokens are the given keywords, in order. */
    boolean is(String... keywords) {
        for (int i = 0; i < keywords.length; i++) {
            Token t = peek(i);
            if (t == null || !t.is(keywords[i])) {
                return false;
            }
        }
        return true;
    }

    /** True when the next token is one of the given keywords. */
    boolean isAny(String... keywords) {
        Token t = peek();
        if (t == null) {
            return false;
        }
        for (String keyword : keywords) {
            if (t.is(keyword)) {
                return true;
            }
        }
        return false;
    }

    boolean isSymbol(String symbol) {
        Token t = peek();
        return t != null && t.isSymbol(symbol);
    }

    /** Consumes a boolean option value that switches an option off: {@code false}, {@code off} or {@code 0}. */
    boolean acceptOff() {
        Token t = peek();
        if (t != null && (t.is("false") || t.is("off") || (t.type() == TokenType.NUMBER && t.text().equals("0")))) {
            pos++;
            return true;
        }
        return false;
    }

    /** Consumes the keywords when all of them come next; otherwise consumes nothing. */
    boolean accept(String... keywords) {
        if (!is(keywords)) {
            return false;
        }
        pos += keywords.length;
        return true;
    }

    boolean acceptSymbol(String symbol) {
        if (!isSymbol(symbol)) {
            return false;
        }
        pos++;
        return true;
    }

    void expect(String... keywords) {
        if (!accept(keywords)) {
            throw failure("expected " + String.join(" ", keywords));
        }
    }

    void expectSymbol(String symbol) {
        if (!acceptSymbol(symbol)) {
            throw failure("expected '" + symbol + "'");
        }
    }

    void expectEnd() {
        if (!atEnd()) {
            throw failure("unexpected text");
        }
    }

    /** An identifier: an unquoted word (any keyword is accepted, as PostgreSQL accepts most) or a quoted name. */
    String identifier() {
        Token t = peek();
        if (t == null || !t.isIdentifier()) {
            throw failure("expected a name");
        }
        pos++;
        return t.value();
    }

    /**
     * A possibly qualified name. {@code catalog.schema.name} keeps the schema and name: the
     * catalog can only be the current database.
     */
    QualifiedName qualifiedName() {
        List<String> parts = dottedName();
        int n = parts.size();
        return n == 1 ? QualifiedName.of(parts.get(0)) : new QualifiedName(parts.get(n - 2), parts.get(n - 1));
    }

    /** The parts of {@code a.b.c}, folded. */
    List<String> dottedName() {
        List<String> parts = new ArrayList<>(3);
        parts.add(identifier());
        while (isSymbol(".") && peek(1) != null && peek(1).isIdentifier()) {
            pos++;
            parts.add(identifier());
        }
        return parts;
    }

    /** A comma-separated list of qualified names, each optionally followed by {@code *} (inheritance). */
    List<QualifiedName> qualifiedNameList() {
        List<QualifiedName> names = new ArrayList<>();
        do {
            names.add(qualifiedName());
            acceptSymbol("*");
        } while (acceptSymbol(","));
        return names;
    }

    /** {@code (a, b, c)}: a parenthesised list of plain names. */
    List<String> nameList() {
        expectSymbol("(");
        List<String> names = new ArrayList<>();
        if (acceptSymbol(")")) {
            return names;
        }
        do {
            names.add(identifier());
        } while (acceptSymbol(","));
        expectSymbol(")");
        return names;
    }

    /**
     * Skips one token, or a whole balanced group when it opens one ({@code (…)} or {@code […]}).
     * Fails when the group is not closed.
     */
    void skipItem() {
        Token t = next();
        if (t.isSymbol("(") || t.isSymbol("[")) {
            int depth = 1;
            while (depth > 0) {
                Token u = next();
                if (u.isSymbol("(") || u.isSymbol("[")) {
                    depth++;
                } else if (u.isSymbol(")") || u.isSymbol("]")) {
                    depth--;
                }
            }
        }
    }

    /** Skips a balanced parenthesised group when one comes next. */
    void skipGroupIfPresent() {
        if (isSymbol("(")) {
            skipItem();
        }
    }

    /** Skips items up to (not including) a top-level comma or the end. */
    void skipToComma() {
        while (!atEnd() && !isSymbol(",")) {
            skipItem();
        }
    }

    /** Skips items up to (not including) a top-level comma, a closing parenthesis, or the end. */
    void skipToListEnd() {
        while (!atEnd() && !isSymbol(",") && !isSymbol(")")) {
            skipItem();
        }
    }

    void skipToEnd() {
        pos = tokens.size();
    }

    /** True when a top-level word equal to {@code keyword} comes later in the statement (from here). */
    boolean hasTopLevelWord(String keyword) {
        int depth = 0;
        for (int i = pos; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(") || t.isSymbol("[")) {
                depth++;
            } else if (t.isSymbol(")") || t.isSymbol("]")) {
                depth--;
            } else if (depth == 0 && t.is(keyword)) {
                return true;
            }
        }
        return false;
    }

    /** The statement text from token {@code from} to token {@code toExclusive - 1}, as written. */
    String text(int from, int toExclusive) {
        if (toExclusive <= from) {
            return "";
        }
        Token first = tokens.get(from);
        Token last = tokens.get(toExclusive - 1);
        int start = first.offset() - statement.startOffset();
        int end = last.endOffset() - statement.startOffset();
        String text = statement.text();
        if (start >= 0 && end <= text.length() && start <= end) {
            return text.substring(start, end);
        }
        // Tokens not in the statement's coordinates (hand-built input): rebuild from the tokens.
        StringBuilder joined = new StringBuilder();
        for (int i = from; i < toExclusive; i++) {
            if (i > from) {
                joined.append(' ');
            }
            joined.append(tokens.get(i).text());
        }
        return joined.toString();
    }

    /** A failure at the current token: "{@code what} near 'FOO' (line 3, column 7)". */
    ReadFailure failure(String what) {
        return new ReadFailure(what + " " + where());
    }

    /** Where the cursor stands, for messages. */
    String where() {
        Token t = peek();
        if (t == null) {
            return "at the end of the statement";
        }
        String shown = t.text().length() > 40 ? t.text().substring(0, 40) + "…" : t.text();
        return "near '" + shown + "' (line " + t.line() + ", column " + t.column() + ")";
    }

    private String context() {
        return tokens.isEmpty() ? "empty statement" : tokens.get(0).text().toUpperCase(java.util.Locale.ROOT);
    }
}
