package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.sql.SourceRange;
import io.github.migrationguard.sql.SqlStatement;
import io.github.migrationguard.sql.Token;
import io.github.migrationguard.sql.TokenType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of a lexer for one-line test statements (words, quoted names, strings, numbers,
 * punctuation and operators, no comments), so that text rewrites can be tested independently of the
 * real lexer.
 */
final class SimpleTokens {

    private static final Pattern TOKEN = Pattern.compile(
            "(?<word>[A-Za-z_][A-Za-z0-9_$]*)|(?<quoted>\"(?:[^\"]|\"\")*\")|(?<string>'(?:[^']|'')*')"
                    + "|(?<number>\\d+(?:\\.\\d+)?)|(?<punct>[(),;.\\[\\]])|(?<op>[-+*/<>=!:|]+)|(?<space>\\s+)");

    private SimpleTokens() {
    }

    static SqlStatement statement(String sql) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(sql);
        int at = 0;
        while (at < sql.length() && m.find(at) && m.start() == at) {
            TokenType type = m.group("word") != null ? TokenType.WORD
                    : m.group("quoted") != null ? TokenType.QUOTED_IDENT
                    : m.group("string") != null ? TokenType.STRING
                    : m.group("number") != null ? TokenType.NUMBER
                    : m.group("punct") != null ? TokenType.PUNCTUATION
                    : m.group("op") != null ? TokenType.OPERATOR : null;
            if (type != null && !m.group().equals(";")) {
                tokens.add(new Token(type, m.group(), m.start(), 1, m.start() + 1, 1, m.end()));
            }
            at = m.end();
        }
        if (at != sql.length()) {
            throw new IllegalArgumentException("SimpleTokens cannot read '" + sql.substring(at) + "'");
        }
        String text = sql.strip().replaceAll(";$", "");
        return new SqlStatement(text, tokens, List.of(), new SourceRange(1, 1, 1, sql.length()), 0, text.length());
    }
}
