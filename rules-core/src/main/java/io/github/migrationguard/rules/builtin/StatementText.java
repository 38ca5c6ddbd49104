package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.Nesting;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.sql.SqlStatement;
import io.github.migrationguard.sql.Token;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads clauses out of a statement's own text, so that fixes rewrite what the author wrote (names,
 * aliases, quoting, expressions) instead of re-rendering the model.
 */
final class StatementText {

    private static final int LABEL_LENGTH = 60;

    private StatementText() {
    }

    /** Index of the first token at parenthesis depth 0, at or after {@code from}, that is one of the keywords; -1 if none. */
    static int findTopLevel(SqlStatement s, int from, String... keywords) {
        List<Token> tokens = s.tokens();
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(") || t.isSymbol("[")) {
                depth++;
            } else if (t.isSymbol(")") || t.isSymbol("]")) {
                depth = Math.max(0, depth - 1);
            } else if (i >= from && depth == 0) {
                for (String keyword : keywords) {
                    if (t.is(keyword)) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    /** The text of tokens {@code [from, to)} as written (comments inside included), or "" when the range is empty. */
    static String slice(SqlStatement s, int from, int to) {
        List<Token> tokens = s.tokens();
        int start = Math.max(0, from);
        int end = Math.min(tokens.size(), to);
        if (start >= end) {
            return "";
        }
        Token first = tokens.get(0);
        int base = first.offset();
        int a = tokens.get(start).offset() - base;
        int b = tokens.get(end - 1).endOffset() - base;
        String text = s.text();
        if (text.startsWith(first.text()) && a >= 0 && b <= text.length() && a <= b) {
            return text.substring(a, b).strip();
        }
        return tokens.subList(start, end).stream().map(Token::text).collect(Collectors.joining(" "));
    }

    /** The statement on one line, shortened: for naming a statement in another one's message. */
    static String label(AnalyzedStatement statement) {
        String oneLine = statement.sql().text().strip().replaceAll("\\s+", " ");
        String shown = oneLine.length() <= LABEL_LENGTH ? oneLine : oneLine.substring(0, LABEL_LENGTH).strip() + " …";
        return "`" + shown + "` (line " + statement.sql().range().line() + ")";
    }

    /** Words for a statement in a function or procedure body, which runs whenever the routine is called. */
    static String inRoutine(AnalyzedStatement statement) {
        return statement.nesting() == Nesting.ROUTINE_BODY ? " (in a function body: every call does this)" : "";
    }

    /** "s" when there are several. */
    static String plural(List<?> items) {
        return items.size() == 1 ? "" : "s";
    }
}
