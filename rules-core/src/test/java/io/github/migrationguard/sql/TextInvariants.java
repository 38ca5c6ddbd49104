package io.github.migrationguard.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What must hold for any input: checked against positions computed independently of the lexer. */
final class TextInvariants {

    private final String text;
    /** Offset of the first char of each line (index 0 is line 1). */
    private final int[] lineStarts;

    TextInvariants(String text) {
        this.text = text;
        int[] starts = new int[text.length() + 1];
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean breaks = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (breaks) {
                starts[lines++] = i + 1;
            }
        }
        lineStarts = java.util.Arrays.copyOf(starts, lines);
    }

    /** 1-based line and column of the char at {@code offset}. */
    SourceRange position(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return SourceRange.at(low + 1, offset - lineStarts[low] + 1);
    }

    /** Tokens are in order, exact about their text and place, and only whitespace lies between them. */
    void checkTokens(List<Token> tokens) {
        int previousEnd = 0;
        for (Token token : tokens) {
            assertThat(token.text()).isNotEmpty();
            assertThat(token.offset()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(token.endOffset()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(token.offset(), token.endOffset())).isEqualTo(token.text());
            assertThat(text.substring(previousEnd, token.offset())).matches("[ \\t\\r\\n\\f\\u000B]*");
            SourceRange start = position(token.offset());
            SourceRange end = position(token.endOffset() - 1);
            assertThat(new SourceRange(token.line(), token.column(), token.endLine(), token.endColumn()))
                    .isEqualTo(new SourceRange(start.line(), start.column(), end.line(), end.column()));
            previousEnd = token.endOffset();
        }
        assertThat(text.substring(previousEnd)).matches("[ \\t\\r\\n\\f\\u000B]*");
    }

    /** Statements are in order, within the input, their text what the input says, their range where they stand. */
    void checkStatements(List<SqlStatement> statements) {
        int previousEnd = 0;
        for (SqlStatement statement : statements) {
            assertThat(statement.startOffset()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(statement.endOffset()).isGreaterThan(statement.startOffset()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(statement.startOffset(), statement.endOffset())).isEqualTo(statement.text());
            assertThat(statement.tokens()).isNotEmpty().noneMatch(Token::isComment);
            SourceRange start = position(statement.startOffset());
            assertThat(statement.range().line()).isEqualTo(start.line());
            assertThat(statement.range().column()).isEqualTo(start.column());
            assertThat(statement.range().endLine()).isGreaterThanOrEqualTo(start.line());
            previousEnd = statement.endOffset();
        }
    }

    /** Statements of a body lie within the input in order; their text is exact unless taken from an escaped literal. */
    void checkBodyStatements(List<SqlStatement> statements) {
        int previousStart = 0;
        for (SqlStatement statement : statements) {
            assertThat(statement.startOffset()).isGreaterThanOrEqualTo(previousStart);
            assertThat(statement.endOffset()).isLessThanOrEqualTo(text.length());
            assertThat(statement.range().line()).isPositive();
            assertThat(statement.range().column()).isPositive();
            previousStart = statement.startOffset();
        }
    }
}
