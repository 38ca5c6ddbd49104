package io.github.migrationguard.sql;

import java.util.List;

/**
 * One statement as the splitter found it.
 *
 * @param text        the statement text as written, without the terminating semicolon
 * @param tokens      its tokens without comments (the terminating semicolon is not included)
 * @param comments    the comments inside the statement and directly before it (since the previous statement)
 * @param range       from the first token to the last token (or the semicolon when present)
 * @param startOffset 0-based char offset of the first token in the script text
 * @param endOffset   0-based char offset one past the statement's last char (before the semicolon)
 */
public record SqlStatement(String text, List<Token> tokens, List<Token> comments, SourceRange range,
                           int startOffset, int endOffset) {

    public SqlStatement {
        tokens = List.copyOf(tokens);
        comments = List.copyOf(comments);
    }

    public boolean startsWith(String... keywords) {
        if (tokens.size() < keywords.length) {
            return false;
        }
        for (int i = 0; i < keywords.length; i++) {
            if (!tokens.get(i).is(keywords[i])) {
                return false;
            }
        }
        return true;
    }
}
