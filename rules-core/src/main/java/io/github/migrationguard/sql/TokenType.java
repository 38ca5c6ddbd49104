package io.github.migrationguard.sql;

/** Lexical classes of PostgreSQL's SQL. Whitespace is not a token; comments are, so suppressions can be read. */
public enum TokenType {
    /** Keyword or unquoted identifier; compare with {@link Token#is(String)}. */
    WORD,
    /** {@code "Quoted Identifier"}; {@link Token#value()} is the unescaped name. */
    QUOTED_IDENT,
    /** {@code 'string'}, {@code E'string'}, {@code U&'string'}, {@code B'0101'}, {@code X'ff'}. */
    STRING,
    /** {@code $tag$ body $tag$}; {@link Token#value()} is the body. */
    DOLLAR_STRING,
    NUMBER,
    /** {@code $1} */
    PARAMETER,
    /** Operators such as {@code =}, {@code <>}, {@code ::}, {@code ||}. */
    OPERATOR,
    /** One of {@code ( ) [ ] , ; .} */
    PUNCTUATION,
    /** {@code -- line} comment, text without the newline. */
    LINE_COMMENT,
    /** {@code /* block *}{@code /} comment, possibly nested. */
    BLOCK_COMMENT,
    /** Data lines of {@code COPY … FROM STDIN} up to and including the {@code \.} line. */
    COPY_DATA,
    /**
     * A Go template action on one line, {@code {{ index .Options "Namespace" }}}: migrations kept as templates
     * use such actions for names (a schema), so one that yields a value reads as an identifier
     * ({@link Token#isIdentifier()}); a control action ({@code {{ if … }}}, {@code {{ end }}}) leaves the statement
     * unreadable.
     */
    TEMPLATE,
    /** Text the lexer could not read (unterminated quote, stray byte): the rest of the input. */
    ERROR
}
