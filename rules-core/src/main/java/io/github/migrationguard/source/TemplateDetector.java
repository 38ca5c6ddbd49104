package io.github.migrationguard.source;

import java.util.OptionalInt;

/**
 * Finds Go/Jinja template syntax ({@code {{ … }}}, {@code {% … %}}) and ERB/EJS tags ({@code <%= … %>} on
 * one line) in SQL code, outside comments,
 * string literals, quoted identifiers and dollar-quoted bodies: a file that is a template has to be
 * rendered before its SQL means anything. A light scan of its own, so that the source stage needs
 * nothing from the lexer; it only has to be right about where code is.
 */
public final class TemplateDetector {

    private TemplateDetector() {
    }

    /** The 1-based line of the first template tag in code, if any. */
    public static OptionalInt firstTemplateLine(String text) {
        int n = text.length();
        int line = 1;
        int i = 0;
        // Once a closing tag is missing from some point on, it is missing from every later point too:
        // remembering that keeps the scan linear.
        boolean noBraceClose = false;
        boolean noPercentClose = false;
        // the next "%>" and the end of the current line, each found once and reused while still ahead
        int erbClose = -1;
        int lineEnd = -1;
        while (i < n) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : '\0';
            int skipTo = -1;
            if (c == '-' && next == '-') {
                skipTo = indexOrEnd(text, "\n", i);
            } else if (c == '/' && next == '*') {
                skipTo = blockCommentEnd(text, i);
            } else if (c == '\'') {
                boolean escapes = i > 0 && (text.charAt(i - 1) == 'E' || text.charAt(i - 1) == 'e')
                        && (i < 2 || !Character.isLetterOrDigit(text.charAt(i - 2)));
                skipTo = quotedEnd(text, i, '\'', escapes);
            } else if (c == '"') {
                skipTo = quotedEnd(text, i, '"', false);
            } else if (c == '$') {
                skipTo = dollarQuotedEnd(text, i);
            } else if (c == '{' && next == '{' && !noBraceClose) {
                if (text.indexOf("}}", i + 2) >= 0) {
                    return OptionalInt.of(line);
                }
                noBraceClose = true;
            } else if (c == '{' && next == '%' && !noPercentClose) {
                if (text.indexOf("%}", i + 2) >= 0) {
                    return OptionalInt.of(line);
                }
                noPercentClose = true;
            } else if (c == '<' && next == '%' && i + 2 < n && "=-# \t".indexOf(text.charAt(i + 2)) >= 0) {
                // ERB/EJS: <%= x %>, <% if y %>; closed on the same line, unlike pg_trgm's <% and %> operators
                if (erbClose < i) {
                    erbClose = indexOrEnd(text, "%>", i + 2);
                }
                if (lineEnd < i) {
                    lineEnd = indexOrEnd(text, "\n", i);
                }
                if (erbClose < lineEnd) {
                    return OptionalInt.of(line);
                }
            }
            if (skipTo > i) {
                line += countNewlines(text, i, skipTo);
                i = skipTo;
            } else {
                if (c == '\n') {
                    line++;
                }
                i++;
            }
        }
        return OptionalInt.empty();
    }

    private static int indexOrEnd(String text, String what, int from) {
        int at = text.indexOf(what, from);
        return at < 0 ? text.length() : at;
    }

    /** PostgreSQL block comments nest. */
    private static int blockCommentEnd(String text, int start) {
        int depth = 0;
        int i = start;
        while (i < text.length() - 1) {
            if (text.charAt(i) == '/' && text.charAt(i + 1) == '*') {
                depth++;
                i += 2;
            } else if (text.charAt(i) == '*' && text.charAt(i + 1) == '/') {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return text.length();
    }

    /** End of {@code 'it''s'} or {@code "a""b"}; with escapes, a backslash protects the next char. */
    private static int quotedEnd(String text, int start, char quote, boolean escapes) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (escapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return text.length();
    }

    /** {@code $tag$ … $tag$}; a {@code $} that does not open a tag ({@code $1}) is skipped as one char. */
    private static int dollarQuotedEnd(String text, int start) {
        if (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '_')) {
            return -1; // part of an identifier such as a$b
        }
        int i = start + 1;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            if (i == start + 1 && Character.isDigit(text.charAt(i))) {
                return -1; // $1: a parameter
            }
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '$') {
            return -1;
        }
        String tag = text.substring(start, i + 1);
        int close = text.indexOf(tag, i + 1);
        return close < 0 ? text.length() : close + tag.length();
    }

    private static int countNewlines(String text, int from, int to) {
        int count = 0;
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                count++;
            }
        }
        return count;
    }
}
