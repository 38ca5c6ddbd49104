package io.github.migrationguard.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's lexical rules, hand-written: one pass, each char looked at a bounded number of times, no
 * recursion, no exceptions. Whatever the input, the result is a token list covering every non-blank char;
 * what cannot be read becomes an {@link TokenType#ERROR} token and a {@link LexProblem}.
 *
 * <p>Follows PostgreSQL's scanner ({@code scan.l}) where it matters for splitting and for reading names:
 * quoting, nested comments, dollar-quote tags, operator munching, numbers with {@code _} separators. It does not
 * check what PostgreSQL would reject later (trailing junk after numbers, invalid escapes).
 */
public final class Lexer {

    private static final String PUNCTUATION = "()[],;.";
    private static final String OPERATOR_CHARS = "~!@#^&|`?+-*/%<>=";
    /** An operator containing one of these may end in + or -; see {@link #operator()}. */
    private static final String OPERATOR_SPECIALS = "~!@#^&|`?%";
    /** Longest Go template action read as one token. */
    private static final int MAX_TEMPLATE = 500;

    private final String text;
    private final int baseOffset;
    private final boolean readCopyData;
    private final List<Token> tokens = new ArrayList<>();
    private final List<LexProblem> problems = new ArrayList<>();
    private final CopyFromStdin copy = new CopyFromStdin();

    private int pos;
    private int line;
    private int column;
    /** Line and column of the char consumed last: the end of the token being read. */
    private int lastLine;
    private int lastColumn;
    /** Start of the token being read. */
    private int tokenLine;
    private int tokenColumn;
    /** Below this offset the input is a run of + and - that PostgreSQL reads one char at a time. */
    private int singleCharOperatorsUntil = -1;

    private Lexer(String text, int firstLine, int firstColumn, int baseOffset, boolean readCopyData) {
        this.text = text == null ? "" : text;
        this.baseOffset = baseOffset;
        this.readCopyData = readCopyData;
        this.line = firstLine;
        this.column = firstColumn;
        this.lastLine = firstLine;
        this.lastColumn = firstColumn;
    }

    public static LexResult lex(String text) {
        return lex(text, 1, 1, 0);
    }

    /**
     * Lexes a piece of a larger file in place, e.g. a dollar-quoted body: tokens carry the enclosing file's
     * positions. On the first line columns start at {@code firstColumn}, on later lines at 1.
     */
    public static LexResult lex(String text, int firstLine, int firstColumn, int baseOffset) {
        return lex(text, firstLine, firstColumn, baseOffset, true);
    }

    /** As above; {@code readCopyData = false} for bodies, where {@code COPY FROM STDIN} has no data lines. */
    static LexResult lex(String text, int firstLine, int firstColumn, int baseOffset, boolean readCopyData) {
        return new Lexer(text, firstLine, firstColumn, baseOffset, readCopyData).run();
    }

    private LexResult run() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (isLineBreak(c) && copy.dataFollows()) {
                consumeLineBreak();
                copyData();
            } else if (isWhitespace(c)) {
                advance();
            } else {
                int start = pos;
                tokenLine = line;
                tokenColumn = column;
                TokenType type = readToken(c);
                Token token = new Token(type, text.substring(start, pos), baseOffset + start,
                        tokenLine, tokenColumn, lastLine, lastColumn);
                tokens.add(token);
                if (readCopyData) {
                    copy.observe(token);
                }
            }
        }
        if (copy.dataFollows()) {
            problems.add(new LexProblem(copyUnterminated(), copy.takeStatement()));
        }
        return new LexResult(tokens, problems);
    }

    /** Reads one token starting at {@code c}, advancing past it. */
    private TokenType readToken(char c) {
        char next = peek(1);
        if (c == '-' && next == '-') {
            return lineComment();
        }
        if (c == '/' && next == '*') {
            return blockComment();
        }
        if (c == '\'') {
            return quoted('\'', false, TokenType.STRING);
        }
        if (c == '"') {
            // "{{ index .Options "Namespace" }}": a template quoted as a name, its own quotes included
            int end = next == '{' && peek(2) == '{' ? templateEnd(pos + 1) : -1;
            if (end > 0 && end < text.length() && text.charAt(end) == '"') {
                advanceTo(end + 1);
                return TokenType.TEMPLATE;
            }
            return quoted('"', false, TokenType.QUOTED_IDENT);
        }
        if ((c == 'e' || c == 'E') && next == '\'') {
            advance();
            return quoted('\'', true, TokenType.STRING);
        }
        if ("bBxXnN".indexOf(c) >= 0 && next == '\'') {
            advance();
            return quoted('\'', false, TokenType.STRING);
        }
        if ((c == 'u' || c == 'U') && next == '&' && (peek(2) == '\'' || peek(2) == '"')) {
            char quote = peek(2);
            advance();
            advance();
            return quoted(quote, false, quote == '"' ? TokenType.QUOTED_IDENT : TokenType.STRING);
        }
        if (c == '$') {
            return dollar();
        }
        if (isDigit(c) || (c == '.' && isDigit(next))) {
            return number();
        }
        if (c == '.' && next == '.') {
            advance();
            advance();
            return TokenType.OPERATOR;
        }
        if (isIdentStart(c)) {
            while (pos < text.length() && isIdentPart(text.charAt(pos))) {
                advance();
            }
            return TokenType.WORD;
        }
        if (PUNCTUATION.indexOf(c) >= 0) {
            advance();
            return TokenType.PUNCTUATION;
        }
        if (c == ':') {
            advance();
            if (peek(0) == ':' || peek(0) == '=') {
                advance();
            }
            return TokenType.OPERATOR;
        }
        if (OPERATOR_CHARS.indexOf(c) >= 0) {
            return operator();
        }
        if (c == '{' && next == '{') {
            int end = templateEnd(pos);
            if (end > 0) {
                advanceTo(end);
                return TokenType.TEMPLATE;
            }
        }
        return strayChar(c);
    }

    private TokenType lineComment() {
        while (pos < text.length() && !isLineBreak(text.charAt(pos))) {
            advance();
        }
        return TokenType.LINE_COMMENT;
    }

    private TokenType blockComment() {
        int depth = 0;
        while (pos < text.length()) {
            if (text.startsWith("/*", pos)) {
                depth++;
                advance();
                advance();
            } else if (text.startsWith("*/", pos)) {
                depth--;
                advance();
                advance();
                if (depth == 0) {
                    return TokenType.BLOCK_COMMENT;
                }
            } else {
                advance();
            }
        }
        return unterminated("block comment");
    }

    /** Reads from the opening quote to the closing one; a doubled quote stands for itself. */
    private TokenType quoted(char quote, boolean backslashEscapes, TokenType type) {
        advance();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            advance();
            if (backslashEscapes && c == '\\') {
                if (pos < text.length()) {
                    advance();
                }
            } else if (c == quote) {
                if (peek(0) != quote) {
                    return type;
                }
                advance();
            }
        }
        return unterminated(type == TokenType.QUOTED_IDENT ? "quoted identifier" : "string literal");
    }

    /** {@code $1} (parameter), {@code $tag$…$tag$} / {@code $$…$$} (dollar string) or a lone {@code $}. */
    private TokenType dollar() {
        if (isDigit(peek(1))) {
            advance();
            while (isDigit(peek(0))) {
                advance();
            }
            return TokenType.PARAMETER;
        }
        int tagEnd = dollarTagEnd();
        if (tagEnd < 0) {
            advance();
            return TokenType.OPERATOR;
        }
        String tag = text.substring(pos, tagEnd + 1);
        // Linear although indexOf is naive: a tag holds '$' only at its ends, so the chars compared for one
        // candidate '$' never reach past the next '$'.
        int close = text.indexOf(tag, tagEnd + 1);
        if (close < 0) {
            advanceTo(text.length());
            return unterminated("dollar-quoted string " + tag);
        }
        advanceTo(close + tag.length());
        return TokenType.DOLLAR_STRING;
    }

    /** Offset of the {@code $} closing the tag that opens at {@code pos}, or -1 when no tag opens here. */
    private int dollarTagEnd() {
        int i = pos + 1;
        if (i < text.length() && text.charAt(i) == '$') {
            return i;
        }
        if (i >= text.length() || !isIdentStart(text.charAt(i))) {
            return -1;
        }
        while (i < text.length() && isDollarTagChar(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '$' ? i : -1;
    }

    /** Integers (decimal, 0x, 0o, 0b, with {@code _} separators), decimals, {@code .5}, exponents. */
    private TokenType number() {
        char radix = peek(1);
        if (peek(0) == '0' && "xXoObB".indexOf(radix) >= 0 && isRadixDigit(radix, peek(2))) {
            advance();
            advance();
            while (isRadixDigit(radix, peek(0)) || (peek(0) == '_' && isRadixDigit(radix, peek(1)))) {
                advance();
            }
            return TokenType.NUMBER;
        }
        decimalDigits();
        if (peek(0) == '.' && peek(1) != '.') {
            // "1..10" is the integer 1 and the range operator, as in PL/pgSQL's FOR loops.
            advance();
            decimalDigits();
        }
        char sign = peek(1);
        if ((peek(0) == 'e' || peek(0) == 'E')
                && (isDigit(sign) || ((sign == '+' || sign == '-') && isDigit(peek(2))))) {
            advance();
            if (!isDigit(peek(0))) {
                advance();
            }
            decimalDigits();
        }
        return TokenType.NUMBER;
    }

    private void decimalDigits() {
        while (isDigit(peek(0)) || (peek(0) == '_' && isDigit(peek(1)))) {
            advance();
        }
    }

    /**
     * PostgreSQL's operator rule: the longest run of operator chars, cut before a comment start; a multi-char
     * operator may end in + or - only if it contains one of {@code ~ ! @ # ^ & | ` ? %} (so {@code a=-1} is
     * {@code =} then {@code -}).
     */
    private TokenType operator() {
        if (pos < singleCharOperatorsUntil) {
            advance();
            return TokenType.OPERATOR;
        }
        int end = pos;
        boolean special = false;
        while (end < text.length() && OPERATOR_CHARS.indexOf(text.charAt(end)) >= 0) {
            if (end > pos && (text.startsWith("--", end) || text.startsWith("/*", end))) {
                break;
            }
            special |= OPERATOR_SPECIALS.indexOf(text.charAt(end)) >= 0;
            end++;
        }
        int length = end - pos;
        if (length > 1 && !special && isPlusOrMinus(text.charAt(end - 1))) {
            do {
                length--;
            } while (length > 1 && isPlusOrMinus(text.charAt(pos + length - 1)));
            // The rest of the run is + and - only: each of them is an operator of its own. Remembering that
            // keeps long runs linear instead of re-scanning the run for every char.
            singleCharOperatorsUntil = end;
        }
        advanceTo(pos + length);
        return TokenType.OPERATOR;
    }

    /** A char PostgreSQL has no token for: printable ASCII becomes an operator, anything else an error. */
    /**
     * One past the {@code }}} closing the Go template action that opens at {@code from}, skipping Go's quoted
     * strings; -1 when it does not close on this line, within {@link #MAX_TEMPLATE} chars.
     */
    private int templateEnd(int from) {
        int limit = Math.min(text.length(), from + MAX_TEMPLATE);
        int i = from + 2;
        while (i + 1 < limit) {
            char c = text.charAt(i);
            if (isLineBreak(c)) {
                return -1;
            }
            if (c == '"' || c == '`') {
                int close = i + 1;
                while (close < limit && text.charAt(close) != c && !isLineBreak(text.charAt(close))) {
                    close += c == '"' && text.charAt(close) == '\\' ? 2 : 1;
                }
                i = close + 1;
            } else if (c == '}' && text.charAt(i + 1) == '}') {
                return i + 2;
            } else {
                i++;
            }
        }
        return -1;
    }

    private TokenType strayChar(char c) {
        advance();
        if (c >= 0x20 && c < 0x7f) {
            return TokenType.OPERATOR;
        }
        problems.add(new LexProblem(String.format("unexpected character U+%04X at %d:%d", (int) c, tokenLine, tokenColumn),
                new SourceRange(tokenLine, tokenColumn, lastLine, lastColumn)));
        return TokenType.ERROR;
    }

    /** Rest of the input after {@code COPY … FROM STDIN;} and its line break, up to and including {@code \.}. */
    private void copyData() {
        SourceRange statement = copy.takeStatement();
        int start = pos;
        tokenLine = line;
        tokenColumn = column;
        while (pos < text.length()) {
            int lineEnd = pos;
            while (lineEnd < text.length() && !isLineBreak(text.charAt(lineEnd))) {
                lineEnd++;
            }
            boolean terminator = lineEnd - pos == 2 && text.startsWith("\\.", pos);
            advanceTo(lineEnd);
            if (terminator) {
                addCopyData(start);
                return;
            }
            if (pos < text.length()) {
                consumeLineBreak();
            }
        }
        if (pos > start) {
            addCopyData(start);
        }
        problems.add(new LexProblem(copyUnterminated(), statement));
    }

    private void addCopyData(int start) {
        tokens.add(new Token(TokenType.COPY_DATA, text.substring(start, pos), baseOffset + start,
                tokenLine, tokenColumn, lastLine, lastColumn));
    }

    private static String copyUnterminated() {
        return "COPY … FROM STDIN data has no terminating \\. line";
    }

    /** Consumes the rest of the input as an error token and reports what was left open where. */
    private TokenType unterminated(String what) {
        advanceTo(text.length());
        problems.add(new LexProblem("unterminated " + what + " starting at " + tokenLine + ":" + tokenColumn,
                new SourceRange(tokenLine, tokenColumn, lastLine, lastColumn)));
        return TokenType.ERROR;
    }

    // --- position keeping -------------------------------------------------------------------------------

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < text.length() ? text.charAt(i) : 0;
    }

    /** Consumes one char; CRLF and a lone CR are one line break each, like LF. */
    private void advance() {
        char c = text.charAt(pos);
        lastLine = line;
        lastColumn = column;
        pos++;
        if (c == '\n' || (c == '\r' && peek(0) != '\n')) {
            line++;
            column = 1;
        } else {
            column++;
        }
    }

    private void advanceTo(int target) {
        while (pos < target) {
            advance();
        }
    }

    private void consumeLineBreak() {
        if (text.charAt(pos) == '\r' && peek(1) == '\n') {
            advance();
        }
        advance();
    }

    // --- char classes -----------------------------------------------------------------------------------

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isPlusOrMinus(char c) {
        return c == '+' || c == '-';
    }

    private static boolean isRadixDigit(char radix, char c) {
        return switch (radix) {
            case 'x', 'X' -> isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            case 'o', 'O' -> c >= '0' && c <= '7';
            case 'b', 'B' -> c == '0' || c == '1';
            default -> false;
        };
    }

    /** PostgreSQL takes any non-ASCII byte as a letter; we take non-ASCII letters (so stray binary is an error). */
    static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= 0x80 && Character.isLetter(c));
    }

    static boolean isIdentPart(char c) {
        if (isIdentStart(c) || isDigit(c) || c == '$') {
            return true;
        }
        if (c < 0x80) {
            return false;
        }
        int type = Character.getType(c);
        return Character.isDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isDollarTagChar(char c) {
        return isIdentStart(c) || isDigit(c);
    }
}
