package io.github.migrationguard.sql;

import java.util.Locale;

/**
 * One lexical token with its exact place in the file.
 *
 * @param text      the token as written
 * @param offset    0-based char offset of the first char in the lexed text
 * @param line      1-based line of the first char
 * @param column    1-based column of the first char (counted in chars, a tab is one column)
 * @param endLine   1-based line of the last char
 * @param endColumn 1-based column of the last char
 */
public record Token(TokenType type, String text, int offset, int line, int column, int endLine, int endColumn) {

    /** True for a WORD token equal to {@code keyword}, ignoring case. */
    public boolean is(String keyword) {
        return type == TokenType.WORD && text.equalsIgnoreCase(keyword);
    }

    /** True for a PUNCTUATION or OPERATOR token written exactly as {@code symbol}. */
    public boolean isSymbol(String symbol) {
        return (type == TokenType.PUNCTUATION || type == TokenType.OPERATOR) && text.equals(symbol);
    }

    public boolean isComment() {
        return type == TokenType.LINE_COMMENT || type == TokenType.BLOCK_COMMENT;
    }

    /** True for a token that names something: an unquoted word, a quoted identifier, or a template value. */
    public boolean isIdentifier() {
        return type == TokenType.WORD || type == TokenType.QUOTED_IDENT || (type == TokenType.TEMPLATE && isTemplateValue());
    }

    /**
     * True for a Go template action that yields a value ({@code {{ .Schema }}}, {@code {{ index .Options "x" }}}),
     * which stands for the name the rendered migration will have; false for control actions and comments.
     */
    public boolean isTemplateValue() {
        if (type != TokenType.TEMPLATE) {
            return false;
        }
        String action = template().substring(2, template().length() - 2).replaceFirst("^-\\s", "").strip();
        String word = action.split("[\\s(]", 2)[0];
        return !action.isEmpty() && !action.startsWith("/*") && !TEMPLATE_CONTROL.contains(word);
    }

    /** A template token's action, without the double quotes of {@code "{{ … }}"}. */
    private String template() {
        return text.startsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }

    private static final java.util.Set<String> TEMPLATE_CONTROL = java.util.Set.of("if", "else", "end", "range",
            "with", "define", "template", "block", "break", "continue");

    /**
     * The meaning of the token: identifiers folded as PostgreSQL folds them (unquoted lower-cased,
     * quoted unescaped), string literals unquoted and unescaped, dollar strings their body.
     */
    public String value() {
        return switch (type) {
            case WORD -> text.toLowerCase(Locale.ROOT);
            case QUOTED_IDENT -> {
                int open = text.indexOf('"');
                yield text.length() >= open + 2 ? text.substring(open + 1, text.length() - 1).replace("\"\"", "\"") : text;
            }
            case STRING -> stringValue(text);
            case TEMPLATE -> template();
            case DOLLAR_STRING -> {
                int tagEnd = text.indexOf('$', 1) + 1;
                yield text.length() >= 2 * tagEnd ? text.substring(tagEnd, text.length() - tagEnd) : text;
            }
            default -> text;
        };
    }

    /** Offset one past the last char. */
    public int endOffset() {
        return offset + text.length();
    }

    public SourceRange range() {
        return new SourceRange(line, column, endLine, endColumn);
    }

    private static String stringValue(String text) {
        int open = text.indexOf('\'');
        if (open < 0 || text.length() < open + 2) {
            return text;
        }
        String body = text.substring(open + 1, text.length() - 1).replace("''", "'");
        if (open > 0 && (text.charAt(0) == 'E' || text.charAt(0) == 'e')) {
            body = body.replace("\\'", "'").replace("\\\\", "\\");
        }
        return body;
    }
}
