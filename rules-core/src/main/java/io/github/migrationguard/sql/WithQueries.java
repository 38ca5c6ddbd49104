package io.github.migrationguard.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The queries of a statement's {@code WITH} clause, read from tokens: their names, and the data-modifying
 * ones ({@code WITH moved AS (DELETE … RETURNING *) INSERT …}) as statements of their own, since they change
 * rows like any top-level {@code UPDATE}, {@code DELETE} or {@code INSERT}.
 */
final class WithQueries {

    private static final Set<String> DATA_MODIFYING = Set.of("update", "delete", "insert");

    /** One query of the clause: its name (folded) and its body, tokens {@code [start, end)}. */
    record Query(String name, int start, int end) {
    }

    private WithQueries() {
    }

    /** The queries of the statement's leading {@code WITH}; empty when it has none or it cannot be read. */
    static List<Query> of(List<Token> tokens) {
        List<Query> queries = new ArrayList<>();
        if (tokens.isEmpty() || !tokens.get(0).is("with")) {
            return queries;
        }
        int i = 1;
        if (i < tokens.size() && tokens.get(i).is("recursive")) {
            i++;
        }
        while (i < tokens.size() && tokens.get(i).isIdentifier()) {
            String name = tokens.get(i).value();
            i++;
            if (i < tokens.size() && tokens.get(i).isSymbol("(")) {
                i = closing(tokens, i) + 1; // column list
            }
            if (i >= tokens.size() || !tokens.get(i).is("as")) {
                break;
            }
            i++;
            if (i < tokens.size() && tokens.get(i).is("not")) {
                i++;
            }
            if (i < tokens.size() && tokens.get(i).is("materialized")) {
                i++;
            }
            if (i >= tokens.size() || !tokens.get(i).isSymbol("(")) {
                break;
            }
            int close = closing(tokens, i);
            if (close >= tokens.size()) {
                break;
            }
            queries.add(new Query(name, i + 1, close));
            i = close + 1;
            if (i >= tokens.size() || !tokens.get(i).isSymbol(",")) {
                break;
            }
            i++;
        }
        return queries;
    }

    /**
     * The names of the statement's data-modifying {@code WITH} queries, folded: reading from one reads the rows
     * it returns, no table.
     */
    static Set<String> dataModifyingNames(List<Token> tokens) {
        return Set.copyOf(of(tokens).stream().filter(q -> isDataModifying(tokens, q)).map(Query::name).toList());
    }

    private static boolean isDataModifying(List<Token> tokens, Query q) {
        return q.end() > q.start() && tokens.get(q.start()).type() == TokenType.WORD
                && DATA_MODIFYING.contains(tokens.get(q.start()).value());
    }

    /** The data-modifying queries of the statement's {@code WITH}, each as a statement of its own. */
    static List<SqlStatement> dataModifying(SqlStatement statement) {
        List<Token> tokens = statement.tokens();
        List<SqlStatement> found = new ArrayList<>();
        for (Query q : of(tokens)) {
            if (!isDataModifying(tokens, q)) {
                continue;
            }
            Token first = tokens.get(q.start());
            Token last = tokens.get(q.end() - 1);
            int base = tokens.get(0).offset();
            int from = first.offset() - base;
            int to = last.endOffset() - base;
            if (from < 0 || to > statement.text().length() || from > to) {
                continue;
            }
            List<Token> comments = statement.comments().stream()
                    .filter(c -> c.offset() > first.offset() && c.offset() < last.endOffset()).toList();
            found.add(new SqlStatement(statement.text().substring(from, to), tokens.subList(q.start(), q.end()),
                    comments, new SourceRange(first.line(), first.column(), last.endLine(), last.endColumn()),
                    first.offset(), last.endOffset()));
        }
        return found;
    }

    /** Index of the parenthesis closing the one at {@code open}, or the size when it is not closed. */
    private static int closing(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol("(")) {
                depth++;
            } else if (tokens.get(i).isSymbol(")") && --depth == 0) {
                return i;
            }
        }
        return tokens.size();
    }
}
