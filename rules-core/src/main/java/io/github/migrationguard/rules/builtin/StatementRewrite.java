package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.sql.SqlStatement;
import io.github.migrationguard.sql.Token;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rewrites a statement's own text for a fix, so the fix keeps the user's names, options and layout. */
final class StatementRewrite {

    private StatementRewrite() {
    }

    /** The statement as written, without surrounding blanks. */
    static String text(AnalyzedStatement statement) {
        return statement.sql().text().strip();
    }

    /**
     * The statement with {@code words} inserted after its first {@code keyword} (a word token, so a
     * keyword inside a string or comment is never hit); empty when the keyword is not there.
     */
    static Optional<String> insertAfter(SqlStatement sql, String keyword, String words) {
        String text = sql.text();
        if (!sql.tokens().isEmpty()) {
            int base = sql.tokens().get(0).offset();
            for (Token token : sql.tokens()) {
                if (token.is(keyword)) {
                    int end = token.endOffset() - base;
                    // Token offsets are trusted only when they line up with the text.
                    if (end <= text.length() && text.regionMatches(true, end - token.text().length(), keyword, 0,
                            keyword.length())) {
                        return Optional.of((text.substring(0, end) + " " + words + text.substring(end)).strip());
                    }
                    break;
                }
            }
        }
        Matcher m = Pattern.compile("(?i)\\b" + Pattern.quote(keyword) + "\\b").matcher(text);
        return m.find()
                ? Optional.of((text.substring(0, m.end()) + " " + words + text.substring(m.end())).strip())
                : Optional.empty();
    }

    /**
     * The statement with its first {@code keyword} word token replaced by {@code words} (a keyword inside
     * a string or comment is never hit); empty when the keyword is not there or offsets do not line up.
     */
    static Optional<String> replace(SqlStatement sql, String keyword, String words) {
        String text = sql.text();
        if (sql.tokens().isEmpty()) {
            return Optional.empty();
        }
        int base = sql.tokens().get(0).offset();
        for (Token token : sql.tokens()) {
            if (token.is(keyword)) {
                int start = token.offset() - base;
                int end = token.endOffset() - base;
                if (start < 0 || end > text.length() || !text.substring(start, end).equalsIgnoreCase(keyword)) {
                    return Optional.empty();
                }
                return Optional.of((text.substring(0, start) + words + text.substring(end)).strip());
            }
        }
        return Optional.empty();
    }

    /** The statement with {@code words} appended at its end. */
    static String append(AnalyzedStatement statement, String words) {
        return text(statement) + " " + words;
    }
}
