package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.sql.SqlStatement;
import io.github.migrationguard.sql.Token;

import java.util.List;
import java.util.Optional;

/**
 * The target of an {@code UPDATE} or {@code DELETE} as written ({@code ONLY billing.orders AS o}) and the
 * alias the rest of the statement refers to it by, so that rewrites keep the author's references valid.
 *
 * @param text  the table reference without {@code ONLY}, alias included
 * @param alias the alias as written, when there is one
 * @param only  written with {@code ONLY}: the rows of the table itself, not of its inheritance children
 */
record DataChangeTarget(String text, Optional<String> alias, boolean only) {

    DataChangeTarget(String text, Optional<String> alias) {
        this(text, alias, false);
    }

    /** The reference as a FROM item must repeat it to mean the same rows: {@code ONLY} kept. */
    String from() {
        return (only ? "ONLY " : "") + text;
    }

    /** The key column as the statement must name it: qualified when the statement joins other tables. */
    String key(String column, boolean joins) {
        if (alias.isPresent()) {
            return alias.get() + "." + column;
        }
        return joins ? text + "." + column : column;
    }

    /** Reads the target of {@code UPDATE [ONLY] t [[AS] a] SET …} or {@code DELETE FROM [ONLY] t [[AS] a] …}. */
    static Optional<DataChangeTarget> of(SqlStatement s) {
        int verb = StatementText.findTopLevel(s, 0, "UPDATE", "DELETE");
        if (verb < 0) {
            return Optional.empty();
        }
        List<Token> tokens = s.tokens();
        int start = verb + 1;
        if (tokens.get(verb).is("DELETE") && start < tokens.size() && tokens.get(start).is("FROM")) {
            start++;
        }
        boolean only = start < tokens.size() && tokens.get(start).is("ONLY");
        if (only) {
            start++;
        }
        int nameEnd = endOfName(tokens, start);
        if (nameEnd <= start) {
            return Optional.empty();
        }
        int i = nameEnd;
        if (i < tokens.size() && tokens.get(i).isSymbol("*")) {
            i++;
        }
        Optional<String> alias = Optional.empty();
        if (i + 1 < tokens.size() && tokens.get(i).is("AS") && tokens.get(i + 1).isIdentifier()) {
            alias = Optional.of(tokens.get(i + 1).text());
            i += 2;
        } else if (i < tokens.size() && tokens.get(i).isIdentifier() && !isClauseKeyword(tokens.get(i))) {
            alias = Optional.of(tokens.get(i).text());
            i++;
        }
        String name = StatementText.slice(s, start, nameEnd);
        return Optional.of(new DataChangeTarget(alias.isPresent() ? StatementText.slice(s, start, i) : name, alias, only));
    }

    /** One past the last token of {@code a}, {@code a.b} or {@code "A"."b"} starting at {@code start}. */
    private static int endOfName(List<Token> tokens, int start) {
        if (start >= tokens.size() || !tokens.get(start).isIdentifier()) {
            return start;
        }
        int i = start + 1;
        while (i + 1 < tokens.size() && tokens.get(i).isSymbol(".") && tokens.get(i + 1).isIdentifier()) {
            i += 2;
        }
        return i;
    }

    private static boolean isClauseKeyword(Token t) {
        return t.is("SET") || t.is("USING") || t.is("WHERE") || t.is("RETURNING") || t.is("LIMIT")
                || t.is("ORDER") || t.is("FROM");
    }
}
